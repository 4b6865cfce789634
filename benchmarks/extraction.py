"""Article-body extraction against the Scrapinghub article-extraction benchmark (181 pages).

Metric: the benchmark's own (scrapinghub/article-extraction-benchmark, evaluate.py): word
4-gram (shingle) multiset overlap of the extracted body against the gold `articleBody`,
tp/fp/fn normalised per page, precision and recall averaged over pages, F1 from the averages.

Two modes, on the same pages in one run:
  html  plain `trafilatura.extract(html)` (defaults) beside consilience's HTML path
        (`consilience.clean.article_from_html`, its `.text`), with pages/s on one core;
  text  each page rendered to whole-page visible text (`html_text.extract_text(html,
        guess_layout=True)`, what a scraper saves), then: no cleaning (baseline), the
        line classifier (`consilience.clean.text.classify_lines`, body lines joined) and
        `consilience.clean.article_from_text` (classifier + field pass).

The learned line scorer (src/consilience/clean/data/line_scorer.json) was trained on these
pages, so its figure is 5-fold cross-validation split by page: a model trained on the other
four folds (benchmarks/train_line_classifier.py) labels each page. The shipped model's own
figure on these pages is printed too, marked optimistic.

    .venv/bin/python benchmarks/extraction.py                      # everything (~1 minute)
    .venv/bin/python benchmarks/extraction.py --mode text --no-cv  # quick look
    .venv/bin/python benchmarks/extraction.py --mode text --limit 40

Needs ../shared/data/aeb (relative to the repository root); skips with a message without it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "aeb"

# ---------------------------------------------------------------- the benchmark's metric

_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def _precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(results: list[tuple[float, float, float]]) -> dict:
    precision = statistics.mean([_precision(*r) for r in results if r[0] + r[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*r) for r in results if r[0] + r[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


# ---------------------------------------------------------------- data


def load_pages(limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """[(id, url, html, gold body)] in id order."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[: limit or None]:
        html = gzip.open(DATA / "html" / f"{key}.html.gz", "rt", encoding="utf-8").read()
        pages.append((key, truth[key].get("url", ""), html, truth[key].get("articleBody", "")))
    return pages


def render_text(html: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


# ---------------------------------------------------------------- runners


def _timed(pages, fn) -> tuple[list[str], float]:
    out = []
    start = time.perf_counter()
    for page in pages:
        try:
            out.append(fn(page) or "")
        except Exception:  # a failed page scores as an empty extraction, as in the benchmark
            out.append("")
    return out, time.perf_counter() - start


def _row(name, pages, preds, seconds, note=""):
    m = metrics([shingle_match(gold, pred) for (_, _, _, gold), pred in zip(pages, preds)])
    rate = len(pages) / seconds if seconds else float("nan")
    return {"name": name, **m, "pages_s": rate, "note": note}


def html_mode(pages, rounds: int = 3) -> list[dict]:
    """Each extractor runs `rounds` times, the runs interleaved (A B C A B C ...), and keeps its
    fastest: on a shared machine, load that comes and goes then hits every extractor alike."""
    import trafilatura

    try:
        from consilience.clean import article_from_html
    except ImportError as exc:
        article_from_html = None
        missing = str(exc)
    extractors = [
        ("trafilatura.extract (default)", lambda p: trafilatura.extract(p[2]), ""),
        ("trafilatura.extract (include_comments=False)", lambda p: trafilatura.extract(p[2], include_comments=False),
         "DESIGN.md's 'default'"),
    ]
    if article_from_html is not None:
        extractors.append(("consilience article_from_html",
                           lambda p: article_from_html(p[2], p[0], hints={"url": p[1]} if p[1] else None).text, ""))
    best: dict[str, tuple[list[str], float]] = {}
    for _ in range(rounds):
        for name, fn, _note in extractors:
            preds, secs = _timed(pages, fn)
            if name not in best or secs < best[name][1]:
                best[name] = (preds, secs)
    rows = [_row(name, pages, *best[name], note) for name, _fn, note in extractors]
    if article_from_html is None:
        rows.append({"name": "consilience article_from_html", "note": f"not available: {missing}"})
        return rows
    base = rows[0]["pages_s"]
    rows[-1]["note"] = f"{rows[-1]['pages_s'] / base:.2f}x trafilatura default's speed (best of {rounds} interleaved runs)"
    return rows


def text_mode(pages, cv: bool) -> list[dict]:
    from consilience.clean import text as text_module
    from consilience.clean.text import LineStats, body_text, classify_lines

    try:
        from consilience.clean import article_from_text
    except ImportError as exc:
        article_from_text, missing = None, str(exc)

    start = time.perf_counter()
    texts = [render_text(p[2]) for p in pages]
    render_secs = time.perf_counter() - start
    rows = [_row("no cleaning (whole-page text)", pages, texts, render_secs, "html_text render only")]
    stats = LineStats.from_texts(texts)  # the batch: every page of the run

    def run_with(scorer, indices) -> tuple[list[str], list[str], float, float]:
        """Body via classify_lines and via article_from_text, with the given scorer loaded."""
        scorer_cls = text_module._Scorer
        saved = (scorer_cls._loaded, scorer_cls._tried)
        scorer_cls._loaded, scorer_cls._tried = scorer, True
        try:
            sub = [texts[i] for i in indices]
            lines_preds, lines_secs = _timed(sub, lambda t: body_text(classify_lines(t, stats=stats)))
            art_preds, art_secs = [], 0.0
            if article_from_text is not None:
                art_preds, art_secs = _timed(
                    [(pages[i][0], texts[i]) for i in indices],
                    lambda kt: article_from_text(kt[1], kt[0], stats=stats).text,
                )
            return lines_preds, art_preds, lines_secs, art_secs
        finally:
            scorer_cls._loaded, scorer_cls._tried = saved

    everything = list(range(len(pages)))
    lines_preds, art_preds, secs, art_secs = run_with(None, everything)
    rows.append(_row("classify_lines, rules only", pages, lines_preds, secs))
    if article_from_text is not None:
        rows.append(_row("article_from_text, rules only", pages, art_preds, art_secs, "classifier + field pass"))

    shipped = text_module._Scorer.load()
    if cv:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from train_line_classifier import cross_validated_scorers

        lines_all, art_all = [""] * len(pages), [""] * len(pages)
        secs = art_secs = 0.0
        for test_idx, scorer in cross_validated_scorers(pages, texts, stats, folds=5):
            lp, ap, s1, s2 = run_with(scorer, test_idx)
            secs, art_secs = secs + s1, art_secs + s2
            for j, i in enumerate(test_idx):
                lines_all[i] = lp[j]
                if ap:
                    art_all[i] = ap[j]
        rows.append(_row("classify_lines, rules + learned (5-fold CV)", pages, lines_all, secs, "held-out pages only"))
        if article_from_text is not None:
            rows.append(_row("article_from_text, learned (5-fold CV)", pages, art_all, art_secs, "held-out pages only"))
    if shipped is not None:
        lines_preds, art_preds, secs, art_secs = run_with(shipped, everything)
        note = "shipped model, trained on these pages: optimistic"
        rows.append(_row("classify_lines, shipped model", pages, lines_preds, secs, note))
        if article_from_text is not None:
            rows.append(_row("article_from_text, shipped model", pages, art_preds, art_secs, note))
    if article_from_text is None:
        rows.append({"name": "consilience article_from_text", "note": f"not available: {missing}"})
    return rows


def print_table(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    print(f"{'extractor':<46} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8}  note")
    for r in rows:
        if "f1" not in r:
            print(f"{r['name']:<46} {'-':>6} {'-':>6} {'-':>6} {'-':>8}  {r.get('note', '')}")
            continue
        print(f"{r['name']:<46} {r['f1']:>6.3f} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['pages_s']:>8.1f}  {r['note']}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=("all", "html", "text"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N pages only (development)")
    parser.add_argument("--no-cv", dest="cv", action="store_false",
                        help="skip the 5-fold cross-validation of the learned line scorer (faster)")
    args = parser.parse_args(argv)
    if not (DATA / "ground-truth.json").exists():
        print(f"skipped: benchmark data not found at {DATA} (expects ../shared/data/aeb next to the repo)")
        return 0
    pages = load_pages(args.limit)
    print(f"Scrapinghub article-extraction benchmark: {len(pages)} pages; metric: 4-gram shingle P/R/F1 averaged over pages")
    if args.mode in ("all", "html"):
        print_table("(a) HTML mode", html_mode(pages))
    if args.mode in ("all", "text"):
        print_table("(b) text mode (html_text whole-page text, guess_layout=True)", text_mode(pages, args.cv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
