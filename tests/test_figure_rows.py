"""Figures found once at ingest and kept with each report (index/figure_rows.py)."""
import json

from index import report_table
from index.build import needs_upgrade, upgrade
from index.figure_facts import figure_facts
from index.figure_rows import reading_version
from index.figures import paragraph_figures
from index.store import open_index, read_manifest


def _lines(folder):
    return [json.loads(line) for line in (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines()]


def test_kept_figures_are_those_the_text_gives_with_their_facts(sample_index):
    """A question reads the kept figures instead of reading the text again: they must be the same
    figures, and their facts those the text gives."""
    index = open_index(sample_index)
    report = index.reports["putuo-2024"]
    numbers = {p.number for p in report.paragraphs}
    kept = report_table.stored_figures(report, numbers)
    found = {p.number: figs for p in report.paragraphs if (figs := paragraph_figures(report, p))}
    assert kept == found and sum(map(len, kept.values())) > 50
    assert all(f.facts == figure_facts(f, report) for figs in kept.values() for f in figs)


def test_rows_of_another_reading_are_not_used_and_are_rewritten_once(sample_index):
    """Rows made by other code may hold other figures: they are passed over (the figures are
    found again) until the index is rewritten once with this reading's."""
    older = "0" * len(reading_version())  # as long, so that the lines keep their byte spans
    path = sample_index / "reports.jsonl"
    path.write_bytes(path.read_bytes().replace(reading_version().encode(), older.encode()))
    manifest = json.loads((sample_index / "manifest.json").read_text(encoding="utf-8"))
    manifest["figures"] = older
    (sample_index / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    stale = open_index(sample_index).reports["putuo-2024"]
    assert report_table.stored_figures(stale, {p.number for p in stale.paragraphs}) is None
    assert needs_upgrade(sample_index) and upgrade(sample_index)
    assert read_manifest(sample_index).figures == reading_version() and not needs_upgrade(sample_index)
    assert {line["figures"]["version"] for line in _lines(sample_index)} == {reading_version()}


def test_opening_an_older_index_says_it_is_rewritten_once(sample_index, capsys):
    """A minute of silence at 9,000 reports looks like a hang: the one rewrite says so, once."""
    from assistant import library
    from conftest import backend_settings

    manifest = json.loads((sample_index / "manifest.json").read_text(encoding="utf-8"))
    manifest["figures"] = ""  # saved before figure rows were kept
    (sample_index / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    settings = backend_settings("embedded", sample_index, model="fake-bigram")
    library.load_index(settings)
    assert "rewriting it once" in capsys.readouterr().err
    library.load_index(settings)
    assert "rewriting" not in capsys.readouterr().err
