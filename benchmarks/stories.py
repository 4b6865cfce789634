"""Story clustering: B-cubed precision/recall/F1 and speed on GVA and ECB+, scaling, order.

    .venv/bin/python benchmarks/stories.py [gva] [ecb] [order] [scale] [--sizes 1000,10000,100000]
                                            [--limit N] [--clean] [--annotate]

With no section named, runs gva, ecb and order. `--annotate` also groups the articles after the
annotate stage (entities, times, quantities), as `consilience analyze` does (slow: spaCy). Reads ../shared/data (skips with a message when
absent). `scale` builds synthetic corpora from GVA texts (dates shifted, names and places swapped).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

from consilience.model import Article
from consilience.stories import StoryConfig, StoryIndex, canonical_order, group_stories

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    items = [i for i in gold if i in pred]
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        c, g = by_pred[pred[i]], by_gold[gold[i]]
        both = len(c & g)
        p += both / len(c)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def line(name: str, pred: dict[str, str], gold: dict[str, str], seconds: tuple[float, float]) -> None:
    p, r, f = bcubed(pred, gold)
    wall, cpu = seconds
    print(f"{name:<34} docs {len(gold):>5}  stories {len(set(pred.values())):>5} (gold "
          f"{len(set(gold.values())):>5})  B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  "
          f"{len(gold) / wall:,.0f} articles/s ({len(gold) / cpu:,.0f}/s of CPU time)")


# ---------------------------------------------------------------- data

def gva_articles(limit: int | None = None, clean: bool = False) -> tuple[list[Article], dict[str, str]]:
    path = DATA / "gva" / "documents.jsonl"
    records = [json.loads(x) for x in path.open(encoding="utf-8")]
    records.sort(key=lambda r: (r["dct"] or "", r["doc_id"]))
    if limit:
        records = records[:limit]
    if clean:
        from consilience.clean import article_from_text
        arts = []
        for r in records:
            try:
                a = article_from_text(r["content"], r["uri"],
                                      hints={"title": r["title"], "published": r["dct"], "url": r["uri"]})
            except Exception:  # nothing left after cleaning: keep the raw text
                a = Article(id=r["doc_id"], origin=r["uri"], text=r["content"])
            arts.append(Article(id=r["doc_id"], origin=r["uri"], text=a.text, title=a.title or r["title"],
                                published=r["dct"], outlet=a.outlet))
    else:
        arts = [Article(id=r["doc_id"], origin=r["uri"], text=r["content"], title=r["title"],
                        published=r["dct"]) for r in records]
    return arts, {r["doc_id"]: r["incident_id"] for r in records}


def ecb_articles() -> tuple[list[Article], dict[str, str]]:
    arts, gold = [], {}
    for topic in sorted((DATA / "ecbplus" / "topics").iterdir(), key=lambda p: p.name):
        if not topic.is_dir():
            continue
        for path in sorted(topic.glob("*.xml")):
            root = ElementTree.parse(path).getroot()
            sentences: dict[str, list[str]] = defaultdict(list)
            for tok in root.iter("token"):
                sentences[tok.get("sentence")].append(tok.text or "")
            keys = sorted(sentences, key=int)
            text = "\n\n".join(_detok(" ".join(sentences[k])) for k in keys)
            title = _detok(" ".join(sentences[keys[0]])) if keys else None
            doc = path.stem
            sub = "plus" if doc.endswith("ecbplus") else "ecb"
            arts.append(Article(id=doc, origin=str(path), text=text, title=title))
            gold[doc] = f"{topic.name}_{sub}"
    return arts, gold


def _detok(s: str) -> str:
    s = re.sub(r"\s+([.,;:!?%')\]])", r"\1", s)
    s = re.sub(r"([(\[$])\s+", r"\1", s)
    return s.replace("`` ", '"').replace(" ''", '"')


# ---------------------------------------------------------------- runs

def run_index(arts: list[Article], config: StoryConfig | None = None) -> tuple[dict[str, str], float]:
    t, c = time.perf_counter(), time.process_time()
    index = StoryIndex(config)
    pred = {a.id: index.add(a) for a in arts}
    return pred, (time.perf_counter() - t, time.process_time() - c)


def run_batch(arts: list[Article], config: StoryConfig | None = None) -> tuple[dict[str, str], float]:
    t, c = time.perf_counter(), time.process_time()
    stories = group_stories(arts, config)
    return {aid: s.id for s in stories for aid in s.articles}, (time.perf_counter() - t, time.process_time() - c)


def annotated(arts: list[Article]) -> list[Article]:
    from consilience.annotate import annotate_articles
    return annotate_articles(arts)


def section_gva(args) -> None:
    arts, gold = gva_articles(args.limit)
    pred, secs = run_index(arts)
    line("gva incremental (publication order)", pred, gold, secs)
    pred, secs = run_batch(arts)
    line("gva group_stories (batch)", pred, gold, secs)
    if args.annotate:
        pred, secs = run_batch(annotated(arts))
        line("gva group_stories, annotated", pred, gold, secs)
    if args.clean:
        try:
            carts, _ = gva_articles(args.limit, clean=True)
        except ImportError:
            print("gva cleaned text: consilience.clean.article_from_text not available")
        else:
            pred, secs = run_batch(carts)
            line("gva group_stories, cleaned text", pred, gold, secs)


def section_ecb(args) -> None:
    arts, gold = ecb_articles()
    pred, secs = run_index(arts)
    line("ecb+ incremental (file order)", pred, gold, secs)
    pred, secs = run_batch(arts)
    line("ecb+ group_stories (batch)", pred, gold, secs)
    if args.annotate:
        pred, secs = run_batch(annotated(arts))
        line("ecb+ group_stories, annotated", pred, gold, secs)


def section_order(args) -> None:
    for name, (arts, gold) in (("gva", gva_articles(args.limit)), ("ecb+", ecb_articles())):
        base, _ = run_index(canonical_order(arts))
        f0 = bcubed(base, gold)[2]
        fs = []
        for seed in range(args.shuffles):
            shuffled = list(arts)
            random.Random(seed).shuffle(shuffled)
            pred, _ = run_index(shuffled)
            fs.append(bcubed(pred, gold)[2])
            agree = bcubed(pred, base)[2]
            print(f"{name} shuffle {seed}: F1 {fs[-1]:.3f} (sorted {f0:.3f}); B3 F1 vs sorted-order "
                  f"clustering {agree:.3f}")
        print(f"{name} order spread: F1 min {min(fs):.3f} max {max(fs):.3f} sorted {f0:.3f} "
              f"(incremental StoryIndex.add without priming; group_stories is exactly order-free)")


# ---------------------------------------------------------------- scaling

_CAP = re.compile(r"\b[A-Z][a-z]{2,}\b")


def synthetic(base: list[Article], n: int, seed: int = 0):
    """n articles made from GVA texts: dates shifted by whole weeks over ~8 years, capitalised
    words (names, places) swapped for made-up ones, consistently within one copy."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ra", "ten", "vor", "shi", "bel", "dun", "aro", "pex", "qui"]
    for i in range(n):
        a = base[i % len(base)]
        copy = i // len(base)
        shift = timedelta(days=7 * rng.randrange(0, 420))
        mapping: dict[str, str] = {}

        def swap(m):
            w = m.group()
            if w not in mapping:
                mapping[w] = "".join(rng.choice(syllables) for _ in range(3)).capitalize()
            return mapping[w]

        text = _CAP.sub(swap, a.text) if copy else a.text
        title = _CAP.sub(swap, a.title or "") if copy else a.title
        pub = a.published
        if copy and pub:
            pub = (date.fromisoformat(pub[:10]) + shift).isoformat()
        yield Article(id=f"{a.id}-{copy}", origin=a.origin, text=text, title=title, published=pub)


def section_scale(args) -> None:
    base, _ = gva_articles()
    sizes = [int(x) for x in args.sizes.split(",")]
    probe_n = 300
    for size in sizes:
        arts = list(synthetic(base, size + probe_n, seed=size))
        rng = random.Random(1)
        rng.shuffle(arts)
        corpus, probe = arts[:size], arts[size:]
        tracemalloc.start() if args.tracemalloc else None
        index = StoryIndex()
        t = time.perf_counter()
        for a in corpus:
            index.add(a)
        build = time.perf_counter() - t
        t, c = time.perf_counter(), time.process_time()
        for a in probe:
            index.add(a)
        per = (time.perf_counter() - t) / len(probe)
        cpu = (time.process_time() - c) / len(probe)
        peak = ""
        if args.tracemalloc:
            peak = f"  tracemalloc peak {tracemalloc.get_traced_memory()[1] / 2**20:,.0f} MiB"
            tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"scale {size:>7,}: build {build:7.1f} s ({size / build:,.0f} articles/s)  "
              f"add one at {size:,}: {per * 1000:.2f} ms wall, {cpu * 1000:.2f} ms CPU "
              f"({1 / per:,.0f} articles/s wall, {1 / cpu:,.0f} CPU)  "
              f"max RSS {rss:,.0f} MiB{peak}", flush=True)
        del index


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sections", nargs="*", default=["gva", "ecb", "order"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--clean", action="store_true")
    ap.add_argument("--annotate", action="store_true")
    ap.add_argument("--shuffles", type=int, default=3)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--tracemalloc", action="store_true")
    args = ap.parse_args()
    if not (DATA / "gva" / "documents.jsonl").exists():
        print(f"skipped: evaluation data not found at {DATA} (see ../shared/data/README.md)")
        return
    for section in args.sections:
        {"gva": section_gva, "ecb": section_ecb, "order": section_order, "scale": section_scale}[section](args)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
