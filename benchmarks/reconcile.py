"""Reconciliation on the Gun Violence Corpus: story figures, conflict detection by injection, briefs.

    .venv/bin/python benchmarks/reconcile.py [--incidents N] [--seed S]

Stories are the gold incidents (documents grouped by incident_id, two or more documents),
so these figures measure reconciliation alone, not clustering.
- story figures: the reconciled killed / injured value of each incident equals gold
  num_killed / num_injured;
- injection: in one article of a story change one fact (a casualty count, the event's date,
  a word of a quote) so that it contradicts the others, rerun, and check that a `conflict`
  is reported whose claims include the changed span; `conflict` verdicts on the unchanged
  stories count as false alarms;
- briefs: every sentence carries a citation whose span text shares its numbers;
- speed: reconciling a story of 50 articles.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "gva"

from consilience.annotate import annotate_one  # noqa: E402
from consilience.annotate.nlp import load_nlp  # noqa: E402
from consilience.clean import article_from_text  # noqa: E402
from consilience.clean.text import LineStats  # noqa: E402
from consilience.model import Story  # noqa: E402
from consilience.reconcile import reconcile_story  # noqa: E402
from consilience.reconcile.figures import story_figure  # noqa: E402
from consilience.report.brief import build_brief  # noqa: E402
from consilience.stories import find_source_groups  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load(limit: int | None, seed: int):
    docs = [json.loads(line) for line in (DATA / "documents.jsonl").open()]
    gold = {json.loads(line)["incident_id"]: json.loads(line) for line in (DATA / "incidents_gold.jsonl").open()}
    by_incident = defaultdict(list)
    for d in docs:
        by_incident[d["incident_id"]].append(d)
    incidents = sorted(i for i, ds in by_incident.items() if len(ds) >= 2 and i in gold)
    if limit:
        incidents = random.Random(seed).sample(incidents, min(limit, len(incidents)))
    return {i: by_incident[i] for i in sorted(incidents)}, gold


def build(by_incident):
    nlp = load_nlp()
    all_docs = [d for ds in by_incident.values() for d in ds]
    stats = LineStats.from_texts(d["content"] for d in all_docs)
    stories = {}
    for incident, docs in by_incident.items():
        articles = []
        for d in docs:
            try:
                a = article_from_text(d["content"], d["doc_id"], stats=stats,
                                      hints={"title": d.get("title"), "published": d.get("dct"), "url": d.get("uri")})
            except ValueError:
                continue
            articles.append(annotate_one(a, nlp(a.text)))
        if len(articles) >= 2:
            stories[incident] = articles
    return stories, nlp


def story_for(incident, articles):
    return Story(id=incident, articles=tuple(a.id for a in articles), source_groups=tuple(find_source_groups(articles)))


def figures(stories, gold):
    hits = Counter()
    for incident, articles in stories.items():
        facts = reconcile_story(story_for(incident, articles), articles)
        for measure, key in (("killed", "num_killed"), ("injured", "num_injured")):
            hits[measure] += story_figure(facts, measure) == int(gold[incident][key])
    n = len(stories)
    return {m: hits[m] / n for m in ("killed", "injured")}, n


def inject(kind, article, rng):
    """Return (changed article text, (start, end) of the change) or None when the article has no such fact."""
    text = article.text
    if kind == "count":
        cands = [q for q in article.quantities if q.measure in ("killed", "injured") and q.low is not None and q.low == q.high]
        if not cands:
            return None
        q = rng.choice(cands)
        words = text[q.span.start:q.span.end]
        m = re.search(r"\d+", words)
        if not m:
            return None
        new = str(int(m.group(0)) + rng.choice([3, 4, 5, 7]))
        start = q.span.start + m.start()
        return text[:start] + new + text[start + len(m.group(0)):], (start, start + len(new))
    if kind == "date":
        cands = [t for t in article.times if t.event and any(w in text[t.span.start:t.span.end] for w in WEEKDAYS)]
        if not cands:
            return None
        t = rng.choice(cands)
        words = text[t.span.start:t.span.end]
        day = next(w for w in WEEKDAYS if w in words)
        new_day = WEEKDAYS[(WEEKDAYS.index(day) + 3) % 7]
        start = t.span.start + words.index(day)
        return text[:start] + new_day + text[start + len(day):], (start, start + len(new_day))
    if kind == "quote":
        cands = [q for q in article.quotes if q.kind == "direct" and len(text[q.content_span.start:q.content_span.end].split()) >= 8]
        if not cands:
            return None
        q = rng.choice(cands)
        content = text[q.content_span.start:q.content_span.end]
        words = list(re.finditer(r"\b[a-z]{4,}\b", content))
        if not words:
            return None
        w = rng.choice(words)
        start = q.content_span.start + w.start()
        new = "never" if w.group(0) != "never" else "always"
        return text[:start] + new + text[start + len(w.group(0)):], (start, start + len(new))
    raise ValueError(kind)


def injection(stories, nlp, rng):
    results = {}
    for kind in ("count", "date", "quote"):
        tried = found = alarms = 0
        for incident, articles in stories.items():
            order = list(range(len(articles)))
            rng.shuffle(order)
            for i in order:
                changed = inject(kind, articles[i], rng)
                if changed is None:
                    continue
                text, (start, end) = changed
                modified = replace(articles[i], text=text, id=articles[i].id + "x", entities=(), times=(), quantities=(), quotes=())
                modified = annotate_one(modified, nlp(text))
                batch = articles[:i] + [modified] + articles[i + 1:]
                facts = reconcile_story(story_for(incident, batch), batch)
                tried += 1
                if any(f.verdict == "conflict" and any(c.span.article_id == modified.id and c.span.start <= start < c.span.end + 1
                                                        for c in f.claims) for f in facts):
                    found += 1
                break
        results[kind] = (found, tried)
    for incident, articles in stories.items():
        facts = reconcile_story(story_for(incident, articles), articles)
        alarms += sum(f.verdict == "conflict" for f in facts)
    return results, alarms


def brief_support(stories):
    sentences = supported = 0
    for incident, articles in stories.items():
        facts = reconcile_story(story_for(incident, articles), articles)
        texts = {a.id: a.text for a in articles}
        for sentence in build_brief(articles, facts):
            sentences += 1
            numbers = set(re.findall(r"\d+", sentence.text))
            ok = bool(sentence.citations) and all(
                numbers & set(re.findall(r"\d+", texts[c.article_id][c.start:c.end])) or not numbers
                for c in sentence.citations[:1]
            )
            supported += ok
    return supported, sentences


def speed(stories):
    pool = [a for arts in stories.values() for a in arts][:50]
    story = Story(id="big", articles=tuple(a.id for a in pool))
    start = time.perf_counter()
    reconcile_story(story, pool)
    return len(pool), time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=None, help="sample this many incidents (default: all)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (evaluation data lives in ../shared/data)")
        return 0
    rng = random.Random(args.seed)
    by_incident, gold = load(args.incidents, args.seed)
    t0 = time.perf_counter()
    stories, nlp = build(by_incident)
    print(f"built {len(stories)} incident stories ({sum(map(len, stories.values()))} articles) in {time.perf_counter() - t0:.0f}s")
    acc, n = figures(stories, gold)
    print(f"story figures on {n} incidents: killed {acc['killed']:.3f} (target 0.90), injured {acc['injured']:.3f} (target 0.85)")
    results, alarms = injection(stories, nlp, rng)
    for kind, (found, tried) in results.items():
        print(f"injected {kind:6s}: conflict found in {found}/{tried} = {found / max(1, tried):.3f}")
    print(f"false alarms: {alarms} conflict verdicts over {len(stories)} unchanged stories")
    supported, total = brief_support(stories)
    print(f"brief: {supported}/{total} sentences carry a citation whose span shares their numbers")
    count, seconds = speed(stories)
    print(f"speed: reconciled a story of {count} articles in {seconds:.3f}s (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
