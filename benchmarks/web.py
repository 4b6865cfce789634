"""Server time of the story page, in-process (TestClient), for the largest story of a store.

    python benchmarks/web.py                         # the seeds, analysed into a temporary store
    python benchmarks/web.py --db corpus.db          # an existing store (after `consilience ingest`)
    python benchmarks/web.py --inputs DIR --replicate 10   # the largest story made 10x wider

Prints median and p95 over --requests requests (default 200), after a few warm-up requests.
`--replicate N` copies every article of the largest story N times (new ids, same text and
annotations) to see how the page scales with the number of sources.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consilience.model import Span, StoryReport  # noqa: E402


def open_or_build(args, folder: Path):
    if args.db:
        from consilience.store import open_store

        return open_store(args.db), []
    from tests.web.seeding import fill
    from tests.web.stores import make_store

    store = make_store(folder)
    _, _, notes = fill(store, args.inputs)
    return store, notes


def remap(value, mapping: dict[str, str]):
    """The record with every Span (and article id tuple) pointed at the copies in `mapping`."""
    if isinstance(value, Span):
        return dataclasses.replace(value, article_id=mapping.get(value.article_id, value.article_id))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: remap(getattr(value, f.name), mapping)
                                             for f in dataclasses.fields(value) if f.init})
    if isinstance(value, tuple):
        return tuple(remap(v, mapping) for v in value)
    if isinstance(value, str):
        return mapping.get(value, value)
    return value


def replicate(store, sr: StoryReport, times: int) -> str:
    base = store.articles(list(sr.story.articles))
    articles, facts, all_ids = list(base), list(sr.facts), list(sr.story.articles)
    for n in range(1, times):
        mapping = {a.id: hashlib.sha1(f"{a.id}/{n}".encode()).hexdigest()[:16] for a in base}
        articles += [dataclasses.replace(remap(a, mapping), id=mapping[a.id]) for a in base]
        facts += [dataclasses.replace(remap(f, mapping), id=f"{f.id}-{n}") for f in sr.facts]
        all_ids += [mapping[a] for a in sr.story.articles]
    story = dataclasses.replace(sr.story, id=sr.story.id + f"-x{times}", articles=tuple(all_ids))
    store.add_articles(articles)
    store.save_stories([StoryReport(story, tuple(facts), sr.timeline, sr.brief)])
    return story.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an existing store URL")
    parser.add_argument("--inputs", nargs="+", default=[str(ROOT.parent / "shared" / "seeds")])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--replicate", type=int, default=1)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from consilience.store.base import StoryQuery
    from consilience.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        store, notes = open_or_build(args, Path(tmp))
        summaries = store.stories(StoryQuery(limit=100_000))
        if not summaries:
            sys.exit("no stories in the store")
        largest = max(summaries, key=lambda s: (s.articles, s.facts))
        story_id = largest.id
        if args.replicate > 1:
            story_id = replicate(store, store.story(story_id), args.replicate)
        sr = store.story(story_id)
        client = TestClient(create_app(store=store))
        url = f"/stories/{story_id}"
        for _ in range(5):
            assert client.get(url).status_code == 200
        times = []
        size = 0
        for _ in range(args.requests):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            size = len(response.content)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
        print(f"store: {type(store).__module__}.{type(store).__name__}" + (f" ({'; '.join(notes)})" if notes else ""))
        print(f"story {story_id}: {len(sr.story.articles)} articles, {len(sr.facts)} facts, "
              f"{len(sr.timeline)} timeline events, {len(sr.brief)} brief sentences; page {size / 1024:.0f} KiB")
        print(f"story page server time over {args.requests} requests: median {statistics.median(times):.1f} ms, "
              f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
