"""Fit the figure scorer on the tuning half of a gold set and the sample set, and write it as data.

    python -m eval.fit eval/gold/dev.jsonl [more gold files] --corpus ../shared/corpus-gov ../shared/corpus-extra ../shared/seeds

For every figure (and unanswerable) question of the tuning half and the samples, the answerer's own routing and
retrieval give the candidate figures of each report it would search, with their features
(assistant/figure_score.py). A candidate is positive when the evaluator's matcher finds a gold
value in it. A logistic regression (scikit-learn) learns the weights; the answer threshold is the
probability that makes the most tuning questions right when each report's best candidate is
answered only above it (figures of another year than the one asked are never answered, as in the
answerer). Nothing of the test half is read. Needs the ``fit`` extra.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from assistant import library
from assistant.answer import HITS_PER_REPORT, figure_candidates, plans_only, report_hits, route, with_same_sentence
from assistant.figure_score import FEATURES, SCORER_FILE
from assistant.query import QUESTION_WORDS_FILE, analyze, question_words as load_question_words, synonyms
from assistant.settings import Settings

from eval.corpus import index_corpus
from eval.gold import load_gold, sample_gold_path
from eval.match import figure_found
from eval.run import QuoteFinder


def collect(items, index, retriever, mode: str, single: dict | None = None):
    """(question id, is answerable, part, report id, value text, features, label) per candidate.
    ``single`` gets, per question, its number of parts and whether the answerer would keep only
    its most confident report (a question that compares nothing)."""
    rows = []
    single = {} if single is None else single
    for item in items:
        if item.type not in ("figure", "unanswerable"):
            continue
        routed = route(item.question, index)
        if routed.refusal or routed.query.intent != "figure":
            continue
        query = routed.query
        parts = query.parts or (query,)
        places = {r.meta.region.name for r in routed.targets}
        single[item.id] = (len(parts), not (query.compare or len(query.years) > 1
                                            or len(places) > 1 and query.report_ids))
        hits_of = report_hits(retriever, item.question, routed.targets, mode=mode, k=HITS_PER_REPORT,
                              anchor=query.anchor)
        for report in routed.targets:
            hits = hits_of[report.id]
            parts_rows = figure_candidates(query, report, hits, routed.weights, plans_only=plans_only(report, query))
            labelled = []
            for part, candidates in enumerate(parts_rows):
                # one gold value per part when the question asks as many as it has parts
                wanted = [item.answers[part]] if len(item.answers) == len(parts) else item.answers
                labelled.append([(fig, features, any(figure_found(want, fig.text) for want in wanted))
                                 for fig, features in candidates])
            for part, candidates in enumerate(labelled):
                # the other parts' right figures, as the answerer scores a pick beside the others chosen
                others = [next(fig for fig, _, label in rows_ if label) for p, rows_ in enumerate(labelled)
                          if p != part and any(label for _, _, label in rows_)]
                for fig, features, label in candidates:
                    features = with_same_sentence(features, fig, others)
                    rows.append((item.id, item.type != "unanswerable", part, report.id, fig.text,
                                 [features[f] for f in FEATURES], label))
    return rows


def choose_threshold(rows, probabilities, items, single: dict) -> tuple[float, float]:
    """The threshold making most tuning questions right, decided as the answerer decides: in each
    report each part takes its best candidate when above the threshold; a question that compares
    nothing keeps only its most confident report. An answerable question is right when every part
    is answered and every pick is right; an unanswerable one when nothing is answered."""
    best: dict[tuple, tuple[float, bool]] = {}
    year = FEATURES.index("year")
    for row, p in zip(rows, probabilities):
        if row[5][year] < 0:  # the answerer never answers with a figure of another year
            continue
        key = (row[0], row[3], row[2])  # question, report, part
        if key not in best or p > best[key][0]:
            best[key] = (p, row[6])
    kinds = {i.id: i.type for i in items if i.type in ("figure", "unanswerable")}
    per_report: dict[str, dict[str, list[tuple[float, bool]]]] = {}
    for (qid, report, _), value in best.items():
        per_report.setdefault(qid, {}).setdefault(report, []).append(value)
    results = []
    for t in np.linspace(0.05, 0.95, 91):
        right = 0
        for qid, kind in kinds.items():
            answering = {r: [v for v in parts if v[0] >= t] for r, parts in per_report.get(qid, {}).items()}
            answering = {r: picks for r, picks in answering.items() if picks}
            n_parts, keep_one = single.get(qid, (1, True))
            if keep_one and answering:
                top = max(answering, key=lambda r: max(p for p, _ in answering[r]))
                answering = {top: answering[top]}
            if kind == "unanswerable":
                right += not answering
            else:
                right += bool(answering) and all(len(picks) >= min(n_parts, len(per_report[qid][r]))
                                                 and all(label for _, label in picks)
                                                 for r, picks in answering.items())
        results.append((right / max(1, len(kinds)), float(t)))
    accuracy, threshold = max(results, key=lambda r: (r[0], -abs(r[1] - 0.5)))
    return threshold, accuracy


def fit_candidates(x, y):
    """One logistic regression over all candidates, right against wrong."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x, y)
    return model.coef_[0], float(model.intercept_[0]), "sklearn LogisticRegression(C=1.0, class_weight='balanced')"


def fit_ranking(rows, x, y, max_wrong: int = 40):
    """Weights that put a question's right figure above its wrong ones: a logistic regression on the
    differences of (right, wrong) pairs of one question, report and part (the answerer picks the best
    of those), then one scale and bias fitted on the candidates so that the score is a probability
    for the answer threshold."""
    from sklearn.linear_model import LogisticRegression

    groups: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault((row[0], row[3], row[2]), []).append(i)
    pairs = []
    for members in groups.values():
        right = [i for i in members if y[i]]
        wrong = [i for i in members if not y[i]][:max_wrong]
        pairs += [x[r] - x[w] for r in right for w in wrong]
    pairs = np.asarray(pairs)
    ranker = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000).fit(
        np.vstack([pairs, -pairs]), np.r_[np.ones(len(pairs)), np.zeros(len(pairs))])
    direction = ranker.coef_[0]
    calibration = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit((x @ direction)[:, None], y)
    scale = float(calibration.coef_[0][0])
    return direction * scale, float(calibration.intercept_[0]), (
        f"sklearn LogisticRegression on {len(pairs)} (right − wrong) pairs of one question's candidates, "
        "no intercept; scaled and biased by a LogisticRegression(class_weight='balanced') on the candidates")


def question_words(items, index, min_questions: int = 2, max_share: float = 0.1,
                   min_reports: int = 1) -> dict[str, list[int]]:
    """Words of how people ask, not of what reports say: tokens of at least ``min_questions``
    tuning questions, about at least ``min_reports`` reports, that the gold evidence paragraph holds
    in at most ``max_share`` of them (「具体」, 「做」, 「认为」). With more gold than the dev set, a
    word asked of few reports is more often a topic said in other words than one report's (「托育位」 of
    two questions on one 「托位」) than a way of asking: ``min_reports`` (``--min-reports``) keeps those.
    {word: [questions holding it, of which evidence holds it]}."""
    reports = list(index.reports.values())
    finder = QuoteFinder(reports)
    everyday = {word.lower() for word, _ in synonyms()}
    counts: dict[str, list[int]] = {}
    asked_of: dict[str, set[str]] = {}
    for item in items:
        paragraphs = []
        for evidence in item.evidence:
            for report_id, start, end in finder.places(evidence)[:1]:
                report = index.reports[report_id]
                para = next((p for p in report.paragraphs if p.start <= start < p.end + 1), None)
                paragraphs.append(report.text[para.start:para.end] if para else report.text[start:end])
        if not paragraphs:
            continue
        context = " ".join(paragraphs).lower()
        terms = analyze(item.question, reports, index.tokenizer, asking=frozenset()).terms
        for token in set(terms):
            if len(token) > 4 or token in everyday:  # the synonym data's words are matched through it
                continue
            seen = counts.setdefault(token, [0, 0])
            seen[0] += 1
            seen[1] += token in context
            asked_of.setdefault(token, set()).update(e.report for e in item.evidence)
    return {w: c for w, c in sorted(counts.items())
            if c[0] >= min_questions and c[1] <= max_share * c[0] and len(asked_of[w]) >= min_reports}


def _fit_question_words(items, index, gold_names: str, min_reports: int = 1) -> None:
    words = question_words(items, index, min_reports=min_reports)
    QUESTION_WORDS_FILE.write_text(json.dumps({
        "version": 1,
        "note": "Words of how people ask, dropped from the words a passage must hold: tokens of at least "
                "2 tuning questions found in at most 10% of their gold evidence paragraphs "
                "(python -m eval.fit). Counts: [questions holding the word, of which the evidence holds it].",
        "fitted_on": f"{gold_names} (tune halves) and samples.jsonl, {len(items)} questions, "
                     f"{date.today().isoformat()}",
        "words": words}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    load_question_words.cache_clear()
    print(f"{len(words)} question words: {' '.join(words)}")


def main(argv=None) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("eval.fit needs scikit-learn: pip install -e '.[fit]'", file=sys.stderr)
        return 2

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold sets: only their tune halves are read")
    parser.add_argument("--corpus", nargs="+", required=True)
    parser.add_argument("--index", help="index folder (default: the corpus's own under REPORTQA_HOME)")
    parser.add_argument("--mode", default="hybrid")
    parser.add_argument("--out", type=Path, default=SCORER_FILE)
    parser.add_argument("--objective", choices=("ranking", "candidates"), default="candidates",
                        help="candidates (default): one logistic regression over all candidates; "
                             "ranking: weights that order each question's candidates (pairs), then calibrated")
    parser.add_argument("--keep-question-words", action="store_true",
                        help="fit only the scorer, with the question words as they are (assistant/data/question_words.json)")
    parser.add_argument("--min-reports", type=int, default=1,
                        help="reports the questions holding a question word must be about (default 1)")
    args = parser.parse_args(argv)
    items = [i for gold in args.gold for i in load_gold(gold) if i.split == "tune"]
    names = ", ".join(gold.name for gold in args.gold)
    settings = Settings.load(index_dir=args.index)
    settings, _ = index_corpus(settings, args.corpus, progress=False)
    index = library.load_index(settings)
    retriever = library.retriever_for(index, settings)
    samples = [i for i in load_gold(sample_gold_path())]  # the sample set, tuned on from the start
    if not args.keep_question_words:
        _fit_question_words(items + samples, index, names, args.min_reports)
    single: dict = {}
    rows = collect(items + samples, index, retriever, args.mode, single)
    x = np.asarray([r[5] for r in rows], dtype=np.float64)
    y = np.asarray([r[6] for r in rows], dtype=int)
    weights, bias, how = fit_ranking(rows, x, y) if args.objective == "ranking" else fit_candidates(x, y)
    probabilities = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
    threshold, accuracy = choose_threshold(rows, probabilities, items + samples, single)
    data = {
        "version": 1,
        "fitted_on": f"{names} (tune halves) and samples.jsonl, {len(items) + len(samples)} questions, "
                     f"{len(rows)} candidates "
                     f"({int(y.sum())} positive), mode {args.mode}, {date.today().isoformat()}",
        "model": how,
        "weights": {f: round(float(w), 4) for f, w in zip(FEATURES, weights)},
        "bias": round(float(bias), 4),
        "threshold": round(threshold, 3),
        "tuning_decision_accuracy": round(accuracy, 4),
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
