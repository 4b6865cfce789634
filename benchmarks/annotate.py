"""The annotate stage, all of it: times, quotes, casualty counts, entities, and speed.

    .venv/bin/python benchmarks/annotate.py [--speed-docs N] [--speed-repeats R] [--only times,quotes,casualties,entities,speed]

Each part is its own script (benchmarks/annotate_<part>.py, with more options); this runs
them in one go with their defaults. Speed: articles/s on one core for the whole annotate stage
on GVA documents (cleaned first, the cleaning not timed), beside plain spaCy `en_core_web_sm`
`nlp.pipe` (as packaged, nothing swapped) over the same texts in the same run; CPU time.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent
GVA = ROOT.parent / "shared" / "data" / "gva" / "documents.jsonl"

PARTS = ("times", "quotes", "casualties", "entities", "speed")


def speed(n_docs: int, repeats: int = 3) -> None:
    if not GVA.exists():
        print(f"speed: skipped, {GVA} is absent")
        return
    from consilience.annotate import annotate_articles
    from consilience.annotate.nlp import plain_spacy
    from consilience.clean import article_from_text

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    records = [json.loads(line) for line in GVA.open()]
    random.Random(7).shuffle(records)
    articles = []
    for r in records:
        try:
            articles.append(article_from_text(r["content"], r["doc_id"], hints={"published": r.get("dct"), "title": r.get("title")}))
        except ValueError:
            continue
        if len(articles) >= n_docs:
            break
    # Warm both up on a few articles: one-time loads (models, gazetteers) are not per-article cost.
    annotate_articles(articles[:5])
    plain = plain_spacy()
    list(plain.pipe(a.text for a in articles[:5]))
    # CPU time of this one process: articles per core, steadier under other load on the machine
    # than wall time; the virtual machine's speed still drifts by a sixth from minute to minute,
    # so the two alternate and each gives the median of its runs.
    spacy_rates, our_rates = [], []
    for _ in range(repeats):
        start = time.process_time()
        for _ in plain.pipe((a.text for a in articles), batch_size=16):
            pass
        spacy_rates.append(len(articles) / (time.process_time() - start))
        start = time.process_time()
        annotate_articles(articles)
        our_rates.append(len(articles) / (time.process_time() - start))
    spacy_rate, ours = statistics.median(spacy_rates), statistics.median(our_rates)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"speed on {len(articles)} GVA articles ({words:.0f} words each, one process, median of {repeats} "
          f"alternating runs): annotate stage {ours:.1f} articles/s; plain spaCy nlp.pipe {spacy_rate:.1f} articles/s "
          f"(per CPU-second; target >= 20 articles/s per core); runs: "
          f"{', '.join(f'{x:.1f}' for x in our_rates)} against {', '.join(f'{x:.1f}' for x in spacy_rates)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(PARTS))
    parser.add_argument("--speed-docs", type=int, default=300)
    parser.add_argument("--speed-repeats", type=int, default=3, help="alternating runs of each, median reported")
    args = parser.parse_args(argv)
    wanted = [p.strip() for p in args.only.split(",") if p.strip()]
    for part in wanted:
        print(f"\n=== {part} ===", flush=True)
        if part == "speed":
            speed(args.speed_docs, args.speed_repeats)
            continue
        module = __import__(f"annotate_{part}")
        module.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
