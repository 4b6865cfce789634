"""Ingest speed, database size and query times of the corpus store.

    python benchmarks/store.py                                  # all of ../shared/data/gva/documents.jsonl, SQLite
    python benchmarks/store.py --no-annotate                    # without spaCy annotation (much faster)
    python benchmarks/store.py --db postgresql://u@host/db      # the same into PostgreSQL (an empty database)
    python benchmarks/store.py --limit 500 --keep corpus.db     # a part; keep the SQLite file

Prints: ingest time split into its phases (read+clean, annotate+store, regroup, reconcile+save),
articles/s, the database size, a second (idempotent) run over the same input, then median and
p95 over --calls calls of `stories()`, `stories(search=...)` and `story(id)` of the largest story.
The story page's server time is benchmarks/web.py's.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DATA = Path(os.environ.get("CONSILIENCE_SHARED", ROOT.parent / "shared")) / "data" / "gva" / "documents.jsonl"


def timed_calls(fn, calls: int) -> tuple[float, float]:
    for _ in range(3):
        fn()
    times = []
    for _ in range(calls):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=DATA)
    ap.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    ap.add_argument("--keep", type=Path, help="SQLite file to write (kept afterwards)")
    ap.add_argument("--no-annotate", action="store_true", help="store without annotation (spaCy)")
    ap.add_argument("--limit", type=int, help="only the first N records of the input")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--calls", type=int, default=200)
    args = ap.parse_args()

    if not args.input.exists():
        print(f"skipped: {args.input} is absent (evaluation data lives in ../shared beside the repository)")
        return 0
    from consilience.corpus import IngestOptions, ingest
    from consilience.store import open_store
    from consilience.store.base import StoryQuery

    tmp = tempfile.TemporaryDirectory()
    source = args.input
    if args.limit:
        source = Path(tmp.name) / source.name
        with args.input.open(encoding="utf-8") as f, source.open("w", encoding="utf-8") as out:
            for i, line in enumerate(f):
                if i >= args.limit:
                    break
                out.write(line)
    url = args.db or str(args.keep or Path(tmp.name) / "bench.db")
    if args.keep and args.keep.exists():
        print(f"refusing to overwrite {args.keep}", file=sys.stderr)
        return 2
    store = open_store(url)
    if store.article_count():
        print(f"{url} is not empty: give an empty database", file=sys.stderr)
        return 2

    phases: dict[str, float] = {}
    marks = {"last": time.perf_counter(), "label": "read+clean"}

    def progress(label: str, done: int, total: int) -> None:
        phase = {"clean": "read+clean", "annotate": "annotate+store", "store": "annotate+store",
                 "group": "regroup", "stories": "reconcile+save"}.get(label, label)
        if phase != marks["label"]:
            now = time.perf_counter()
            phases[marks["label"]] = phases.get(marks["label"], 0.0) + now - marks["last"]
            marks["last"], marks["label"] = now, phase

    options = IngestOptions(annotate=not args.no_annotate, batch_size=args.batch)
    failures = []
    t0 = time.perf_counter()
    result = ingest([str(source)], store, options, progress=progress, on_failure=failures.append)
    total = time.perf_counter() - t0
    now = time.perf_counter()
    phases[marks["label"]] = phases.get(marks["label"], 0.0) + now - marks["last"]

    size = store.size_bytes() if hasattr(store, "size_bytes") else None
    print(f"input: {args.input}{f' (first {args.limit})' if args.limit else ''}; backend {store.backend}; "
          f"annotate={'off' if args.no_annotate else 'on'}; batch {args.batch}")
    print(f"ingest: {result.inputs} inputs, {len(result.added)} articles stored, {len(result.failures)} failed, "
          f"{result.stories_total} stories, in {total:.1f} s = {len(result.added) / total:.1f} articles/s")
    print("  phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()))
    if size is not None:
        print(f"database size: {size / 1e6:.1f} MB ({size / max(1, len(result.added)) / 1e3:.1f} kB an article)")
    for note in result.notes:
        print(f"note: {note}")

    t0 = time.perf_counter()
    again = ingest([str(source)], store, options)
    print(f"second run over the same input: {len(again.added)} added, {len(again.existing)} already stored, "
          f"{len(again.stories_saved)} stories re-reconciled, {time.perf_counter() - t0:.1f} s")

    summaries = store.stories(StoryQuery(limit=100000))
    if not summaries:
        print("no stories: query times skipped")
        return 0
    largest = max(summaries, key=lambda s: (s.articles, s.id))
    word = (re.findall(r"\w+", largest.title or "") or ["shooting"])[0]
    rows = [
        ("stories() first page of 50", lambda: store.stories()),
        ("stories(conflicts_only)", lambda: store.stories(StoryQuery(conflicts_only=True))),
        (f"stories(search={word!r})", lambda: store.stories(StoryQuery(search=word))),
        (f"story(id) largest ({largest.articles} articles, {largest.facts} facts)", lambda: store.story(largest.id)),
        ("story(id) + its articles", lambda: store.articles(list(store.story(largest.id).story.articles))),
    ]
    print(f"query times over {args.calls} calls (ms):")
    for label, fn in rows:
        med, p95 = timed_calls(fn, args.calls)
        print(f"  {label:<60} median {med:7.2f}  p95 {p95:7.2f}")
    print(json.dumps({"articles": len(result.added), "seconds": round(total, 2),
                      "articles_per_s": round(len(result.added) / total, 1), "db_bytes": size,
                      "stories": result.stories_total}))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
