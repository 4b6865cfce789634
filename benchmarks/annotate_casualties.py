"""Casualty figures on the Gun Violence Corpus (GVA) documents.

Per document: does `main_casualties` equal the incident's gold `num_killed` / `num_injured`?
Prints accuracy for killed and injured beside a simple regex baseline, and articles/s.

    .venv/bin/python benchmarks/annotate_casualties.py [--limit N] [--seed S] [--raw] [--errors K]

Data: ../shared/data/gva/documents.jsonl and incidents_gold.jsonl (skipped with a message when
absent). Texts are cleaned with `consilience.clean.article_from_text` when it is importable
(page clutter removed); otherwise, or with --raw, the scraped content is used as is.
Documents whose incident has no gold record are skipped and counted.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "gva"

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
_NUM = r"(\d+|" + "|".join(_NUM_WORDS) + r")"
_KILLED_RE = re.compile(_NUM + r"\s+(?:\w+\s+){0,2}?(?:killed|dead|died)\b", re.I)
_INJURED_RE = re.compile(_NUM + r"\s+(?:\w+\s+){0,2}?(?:injured|wounded|hurt)\b", re.I)


def regex_baseline(text: str) -> tuple[int, int]:
    """First 'N ... killed|dead|died' and 'N ... injured|wounded|hurt' within three words; else 0."""
    def first(rx):
        m = rx.search(text)
        if not m:
            return 0
        tok = m.group(1).lower()
        return int(tok) if tok.isdigit() else _NUM_WORDS[tok]
    return first(_KILLED_RE), first(_INJURED_RE)


def load(limit: int | None, seed: int):
    gold = {}
    with open(DATA / "incidents_gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            gold[rec["incident_id"]] = rec
    docs, missing = [], 0
    with open(DATA / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["incident_id"] not in gold:
                missing += 1
                continue
            docs.append(rec)
    if limit and limit < len(docs):
        docs = random.Random(seed).sample(docs, limit)
    return docs, gold, missing


def make_articles(docs, raw: bool):
    from consilience.model import Article

    cleaner = None
    if not raw:
        try:
            from consilience.clean import article_from_text as cleaner
        except ImportError:
            cleaner = None
    articles = []
    for d in docs:
        if cleaner is not None:
            try:
                articles.append(cleaner(d["content"], d["uri"], hints={"title": d.get("title"), "published": d.get("dct")}))
                continue
            except Exception as exc:  # a failed clean falls back to the raw text, counted
                print(f"clean failed on {d['doc_id']}: {exc}", file=sys.stderr)
        articles.append(Article(id=d["doc_id"], origin=d["uri"], text=d["content"], title=d.get("title")))
    return articles, cleaner is not None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="random sample of N documents")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--raw", action="store_true", help="run on scraped content without cleaning")
    ap.add_argument("--errors", type=int, default=0, help="print K wrong documents")
    args = ap.parse_args(argv)
    if not (DATA / "documents.jsonl").exists():
        print(f"skipped: {DATA} is absent (the GVA documents and gold incidents are needed)")
        return 0
    from consilience.annotate.nlp import load_nlp
    from consilience.annotate.quantities import find_quantities
    from consilience.annotate.casualties import main_casualties

    docs, gold, missing = load(args.limit, args.seed)
    articles, cleaned = make_articles(docs, args.raw)
    nlp = load_nlp()
    t0 = time.perf_counter()
    predictions = []
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16)):
        qs = find_quantities(article, doc)
        predictions.append(main_casualties(article, qs))
    elapsed = time.perf_counter() - t0
    n = len(docs)
    ok_k = ok_i = base_k = base_i = 0
    wrong = []
    for d, article, (k, i) in zip(docs, articles, predictions):
        g = gold[d["incident_id"]]
        bk, bi = regex_baseline(article.text)
        ok_k += k == g["num_killed"]
        ok_i += i == g["num_injured"]
        base_k += bk == g["num_killed"]
        base_i += bi == g["num_injured"]
        if (k, i) != (g["num_killed"], g["num_injured"]):
            wrong.append((d["doc_id"], (k, i), (g["num_killed"], g["num_injured"]), article.text))
    print(f"GVA casualties: {n} documents ({missing} without a gold incident skipped); "
          f"text: {'cleaned by consilience.clean.article_from_text' if cleaned else 'raw scraped content'}")
    print(f"  main_casualties  killed accuracy {ok_k / n:.3f}  injured accuracy {ok_i / n:.3f}")
    print(f"  regex baseline   killed accuracy {base_k / n:.3f}  injured accuracy {base_i / n:.3f}")
    print(f"  speed: {n / elapsed:.1f} articles/s (spaCy parse + quantities, one process)")
    for doc_id, pred, want, text in wrong[:args.errors]:
        print(f"\n--- {doc_id} predicted {pred} gold {want}\n{text[:1500]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
