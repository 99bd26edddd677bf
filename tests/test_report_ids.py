"""Report ids that cannot collide (issue 11: 8 files went in as 4 reports, each same-named file
replacing the last, and the only sign was 「replaced」)."""
from corpus.chunk import ChunkerSettings
from corpus.load import base_id
from index.build import IngestOptions, ingest, unique_id
from index.store import open_index

REPORT = "{place}人民政府：\n\n一、主要工作\n\n{place}{year}年共办理行政许可{n}件。"


def _write(path, place, year=2023, n=100):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(REPORT.format(place=place, year=year, n=n), encoding="utf-8")
    return path


def test_ids_are_the_path_inside_the_folder_given(tmp_path, fake_encoder):
    """「2014/工作报告.txt」 and 「2015/工作报告.txt」 are two reports, told apart by their folder."""
    root = tmp_path / "reports"
    _write(root / "2014" / "工作报告.txt", "南山区", 2014)
    _write(root / "2015" / "工作报告.txt", "南山区", 2015)
    result = ingest([root], tmp_path / "index", fake_encoder, ChunkerSettings(), progress=False)
    assert sorted(result.added) == ["2014-工作报告", "2015-工作报告"] and not result.conflicts
    index = open_index(tmp_path / "index")
    assert {r.source for r in index.reports.values()} == {"2014/工作报告.txt", "2015/工作报告.txt"}


def test_eight_files_of_four_names_are_eight_reports(tmp_path, fake_encoder):
    folder = tmp_path / "index"
    files = [_write(tmp_path / f"d{i}" / name, place, n=i)
             for i, (name, place) in enumerate([("工作报告.txt", "福田区"), ("工作报告.txt", "罗湖区"),
                                                ("政府工作报告.txt", "南山区"), ("政府工作报告.txt", "宝安区"),
                                                ("😀.txt", "龙岗区"), ("🎉.txt", "龙华区"),
                                                ("🎉🎉.txt", "坪山区"), ("📄.txt", "光明区")])]
    for path in files:  # one at a time, as uploads arrive in the app: each is named by its file name
        result = ingest([path], folder, fake_encoder, ChunkerSettings(), progress=False)
        assert len(result.added) == 1 and not result.replaced
    index = open_index(folder)
    assert len(index.reports) == 8
    assert {r.meta.region.name for r in index.reports.values()} == {
        "福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区"}
    ids = sorted(index.reports)
    assert "工作报告" in ids and "政府工作报告" in ids
    assert sum(i.startswith("工作报告-") for i in ids) == 1 and sum(i.startswith("report-") for i in ids) == 4


def test_a_same_named_file_says_which_report_it_met(tmp_path, fake_encoder):
    folder = tmp_path / "index"
    ingest([_write(tmp_path / "a" / "政府工作报告.txt", "福田区")], folder, fake_encoder, ChunkerSettings(),
           progress=False)
    result = ingest([_write(tmp_path / "b" / "政府工作报告.txt", "罗湖区")], folder, fake_encoder,
                    ChunkerSettings(), progress=False)
    (conflict,) = result.conflicts
    assert conflict.existing_id == "政府工作报告" and conflict.report_id == result.added[0] != "政府工作报告"
    assert "kept both" in conflict.text and "--replace" in conflict.text
    assert "福田区" in conflict.existing_label and "罗湖区" in conflict.label
    assert "福田区" in conflict.text and "罗湖区" in conflict.text and "福田区" in conflict.zh


def test_replacing_never_replaces_a_file_of_the_same_batch(tmp_path, fake_encoder):
    """Two folders given at once with the same file name inside: both kept, even with --replace."""
    a = _write(tmp_path / "a" / "报告.txt", "福田区")
    b = _write(tmp_path / "b" / "报告.txt", "罗湖区")
    result = ingest([a.parent, b.parent], tmp_path / "index", fake_encoder, ChunkerSettings(),
                    options=IngestOptions(replace=True), progress=False)
    assert len(result.added) == 2 and not result.replaced


def test_the_same_content_under_another_name_is_unchanged(tmp_path, sample_index, putuo_path, fake_encoder):
    copy = tmp_path / "copy" / "普陀副本.txt"
    copy.parent.mkdir()
    copy.write_bytes(putuo_path.read_bytes())
    result = ingest([copy], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert result.unchanged == ["putuo-2024"] and not result.changed


def test_sample_ids_stay_their_file_names(sample_index):
    """Gold sets, tests and `reportqa remove zhangjiagang-2020` rely on them."""
    assert set(open_index(sample_index).reports) == {"putuo-2024", "zhangjiagang-2020"}


def test_base_id_and_unique_id():
    assert base_id("2014/工作报告.txt") == "2014-工作报告"
    assert base_id("😀.txt") == "" and base_id("报告 (1).txt") == "报告-1"
    taken = {"报告", "报告-abcdef"}
    assert unique_id("新报告", "abcdef0123", taken.__contains__) == "新报告"
    assert unique_id("报告", "abcdef0123", taken.__contains__) == "报告-abcdef01"
