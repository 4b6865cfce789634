"""Reconciliation on the Gun Violence Corpus: story figures, conflict detection by injection, briefs.

    .venv/bin/python benchmarks/reconcile.py [--incidents N] [--seed S] [--cache FILE]
                                             [--show-misses] [--show-alarms N]

Stories are the gold incidents (documents grouped by incident_id, two or more documents),
so these figures measure reconciliation alone, not clustering.
- story figures: the reconciled killed / injured value of each incident equals gold
  num_killed / num_injured;
- injection: in one article of a story change one fact that two or more sources state (a
  casualty count, the event's date, a word of a quote, the main event's place, a named
  person's age) so that it contradicts the others (a later report's toll goes down, the
  earliest's goes up: never what an update looks like; a day or month moved, never a clock
  time; a word the other reports quote too; a city no report of the story names, in every
  mention of the replaced place, a dateline's capitals included; an age a decade or so off),
  rerun, and check that a `conflict` is reported whose claims include the changed span (for
  dates twice: any date two sources give, and the issue's "event's date", facts dating the
  incident itself, a claim within a day of its gold date: a hearing's or a funeral's date told
  otherwise by a later report may have been moved, which no change can rule out); a
  count is changed only where two or more independent sources state a cardinal figure for it
  ("three", "at least 16"), not a count of those in one condition ("one remains in critical
  condition"), the rest of a group ("the other five", "three more") or a sum over separate
  incidents: "a family friend" wounded, a victim's name or the critically wounded may be some of many, so no
  change of another report's figure contradicts them (the facts this drops are printed); a
  change is made only where the new value cannot hold beside some other source's claim of the
  fact ("at least eight" moved to "at least 12" is consistent with "at least 10"; a weekday
  moved, with a day another report gives, not only a month; the stories left without a change
  for it are printed); each
  story and kind draws from its own generator (seeded by seed, kind and incident), so a change
  of the code that alters one story's targets does not move the draws of the others; recall is
  also printed by the target fact's verdict before the change, since a target `compatible`
  before (one report's figure read as a part of another's) may stay consistent after it;
  `conflict` verdicts on the unchanged stories are false alarms or real disagreements, and
  examples are printed for a reader to tell which;
- precision per kind of change: found / (found + false alarms), where found is the number of
  injected stories whose changed span is in a reported `conflict`, and false alarms are the
  `conflict` verdicts of that kind over *all* the unchanged stories (count: quantity claims of
  any casualty measure, killed, injured, arrested, missing, displaced; date, quote, place, age:
  claims of that kind). A conflict on an unchanged story is counted against us even where the
  reports really disagree, since nobody labelled them; and the false alarms come from every
  story while the injections go into the stories with a shared fact of the kind, so this
  understates precision rather than flatters it;
- briefs: every sentence carries a citation whose span text shares its numbers;
- speed: reconciling a story of 50 articles.
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "gva"

from consilience.annotate import annotate_one  # noqa: E402
from consilience.annotate.nlp import load_nlp  # noqa: E402
from consilience.clean import article_from_text  # noqa: E402
from consilience.clean.text import LineStats  # noqa: E402
from consilience.model import Story  # noqa: E402
from consilience.reconcile import reconcile_story  # noqa: E402
from consilience.reconcile.dates import iso_day  # noqa: E402
from consilience.reconcile.figures import (consensus_casualties, headline_tells_a_death, source_reports,  # noqa: E402
                                           story_figures)
from consilience.report.brief import build_brief  # noqa: E402
from consilience.stories import find_source_groups  # noqa: E402
from reconcile_inject import REMOVED, _changed_value, contradicts, stated_by_two, states_toll  # noqa: E402



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
    """Story figures: each independent source's main-incident (killed, injured), as the annotate
    stage gave them, reconciled by consensus, the two weighed together (`consensus_casualties`)."""
    hits = Counter()
    for incident, articles in stories.items():
        story = story_for(incident, articles)
        killed, injured = consensus_casualties(
            (a.published, (a.casualties.killed, a.casualties.injured), headline_tells_a_death(a.title))
            for a in source_reports(story, articles))
        hits["killed"] += killed == int(gold[incident]["num_killed"])
        hits["injured"] += injured == int(gold[incident]["num_injured"])
        # What a report shows: a figure two sources give, cited to their spans (never a zero), or
        # the sources' dispute where the story's facts compare their figures.
        for figure in story_figures(story, articles, reconcile_story(story, articles)):
            gold_value = int(gold[incident][f"num_{figure.measure}"])
            if figure.disputed:
                hits[f"disputed {figure.measure}"] += 1
                hits[f"disputed {figure.measure} has gold"] += str(gold_value) in re.findall(r"(\d+) \(", figure.reason)
                continue
            hits[f"shown {figure.measure}"] += 1
            hits[f"shown {figure.measure} right"] += figure.value == gold_value
    n = len(stories)
    return {m: hits[m] / n for m in ("killed", "injured")}, n, hits


SHARED = {"agree", "compatible", "differing", "framing"}


def _on_day(fact, day, within=1):
    """Some claim of the date fact names `day`, a day either side (a weekday read from a late
    report, "Saturday night" for an early-Sunday shooting)."""
    for claim in fact.claims:
        value = iso_day(claim.value)
        if value is not None and abs((value - day).days) <= within:
            return True
    return False


def _targets(kind, facts, texts, source_of, dropped, event_day=None):
    for fact in facts:
        first = fact.claims[0]
        if fact.verdict not in SHARED or len({c.span.article_id for c in fact.claims}) < 2:
            continue
        if kind == "count" and first.kind == "quantity" and first.measure in ("killed", "injured"):
            if stated_by_two(fact, texts, source_of):
                yield fact
            else:
                dropped.append(fact)
        elif kind == "date" and first.kind == "date" and (event_day is None or _on_day(fact, event_day)):
            yield fact
        elif kind in ("place", "age") and first.kind == kind and fact.verdict == "agree":
            yield fact
        elif kind == "quote" and first.kind == "quote" and fact.verdict == "agree" and len(first.value.split()) >= 6:
            yield fact


def _pick_change(kind, fact, articles, by_id, rng, source_of):
    """The chosen claim, or else the earliest one whose change contradicts the others:
    (claim, its article, its words, the change), or None."""
    published = {c.span.article_id: by_id[c.span.article_id].published or "" for c in fact.claims}
    first = rng.choice(fact.claims)
    for claim in [first] + sorted(fact.claims, key=lambda c: (published[c.span.article_id], c.span.article_id)):
        article = by_id[claim.span.article_id]
        if kind == "count" and not states_toll(claim, {article.id: article.text}):
            continue  # a changed part of a toll ("the other five", "two in critical condition") contradicts nothing
        later = any(p < published[article.id] for aid, p in published.items() if aid != article.id)
        words = article.text[claim.span.start:claim.span.end]
        others = [by_id[c.span.article_id].text[c.span.start:c.span.end] for c in fact.claims
                  if c.span.article_id != article.id]
        tail = article.text if kind == "place" else article.text[claim.span.end:claim.span.end + 40]
        if kind == "place":
            others = [x.text for x in articles]
        change = _changed_value(kind, words, later, rng, others, tail)
        if change is not None and contradicts(kind, claim, words, change, [c for c in fact.claims if source_of.get(
                c.span.article_id, c.span.article_id) != source_of.get(article.id, article.id)]):
            return claim, article, words, change
    return None


def inject_one(kind, incident, articles, nlp, rng, event_day=None):
    """One injection into one story: None when the story has no target, else
    (found, changed article, offset of the change, story's facts before, facts after).
    `event_day`: date changes only in facts dating the incident itself (its gold date)."""
    story = story_for(incident, articles)
    facts = reconcile_story(story, articles)
    source_of = {aid: g.id for g in story.source_groups for aid in g.articles}
    by_id, dropped = {a.id: a for a in articles}, []
    targets = list(_targets(kind, facts, {a.id: a.text for a in articles}, source_of, dropped, event_day))
    REMOVED["facts"] += len(dropped)
    if not targets:
        # Stories whose only changeable count facts were dropped: injections no longer made.
        REMOVED["stories"] += any(_pick_change(kind, f, articles, by_id, random.Random(0), source_of) for f in dropped)
        return None
    rng.shuffle(targets)
    for fact in targets:
        picked = _pick_change(kind, fact, articles, by_id, rng, source_of)
        if picked is not None:
            break
    else:
        REMOVED[f"{kind}: no contradiction"] += 1
        return None
    claim, article, words, change = picked
    a, b, new = change
    start = claim.span.start + a
    text = article.text[:start] + new + article.text[claim.span.start + b:]
    if kind == "place":
        # The report puts the event in another city throughout: every mention of its place, a
        # dateline's capitals ("NEWARK, N.J. --") included.
        pattern = re.compile(r"(?<!\w)(?:" + re.escape(words) + "|" + re.escape(words.upper()) + r")(?!\w)")
        start += (len(new) - len(words)) * len(pattern.findall(article.text, 0, claim.span.start))
        text = pattern.sub(lambda m: new if m.group(0) == words else new.upper(), article.text)
    modified = replace(article, text=text, id=article.id + "x", entities=(), times=(), quantities=(), quotes=())
    modified = annotate_one(modified, nlp(text))
    batch = [modified if x.id == article.id else x for x in articles]
    after = reconcile_story(story_for(incident, batch), batch)
    found = any(f.verdict == "conflict" and any(c.span.article_id == modified.id and c.span.start <= start <= c.span.end
                                                 for c in f.claims) for f in after)
    return found, (fact, claim, modified, start, batch, after, (words, modified.text[start:start + len(new)]))


def describe_miss(kind, incident, details):
    """A missed injection, for a reader: the change, and what the rerun made of the changed span."""
    fact, claim, modified, start, batch, after, (old, new) = details
    lines = [f"{incident} {kind}: {fact.subject!r} {fact.verdict}; changed {old!r} -> {new!r} in {modified.id[:8]}"
             f" ({modified.published}) at {start}: …{modified.text[max(0, start - 80):start + 60]!r}…"]
    texts = {a.id: a.text for a in batch}
    touching = [f for f in after if any(c.span.article_id == modified.id and c.span.start <= start <= c.span.end
                                        for c in f.claims)]
    for f in touching:
        lines.append(f"      now {f.verdict}: {f.subject} — {f.reason}")
        for c in f.claims:
            lines.append(f"        {c.span.article_id[:8]} ({c.published}) {texts[c.span.article_id][c.span.start:c.span.end]!r}")
    if not touching:
        lines.append("      the changed span is in no fact: no claim extracted there")
    return "\n".join(lines)


INJECT_KINDS = ("count", "date", "quote", "place", "age")
# The "event's date": the date of the incident itself (its gold date), where "date" is
# any date two sources give (hearings, funerals, arrests: a later report's other date for those
# may be a reschedule, which no change can rule out).
EVENT_DATE = "event date"


def _gold_day(incident_gold):
    try:
        return datetime.strptime(incident_gold["date"], "%B %d, %Y").date()
    except (KeyError, TypeError, ValueError):
        return None


def injection(stories, nlp, seed, gold):
    """Per kind: (conflicts found, injections made), and the misses described. One injection per
    story and kind, into a fact that at least two sources state, so that the change contradicts
    the others."""
    results, misses, by_verdict = {}, [], defaultdict(Counter)
    for label in INJECT_KINDS + (EVENT_DATE,):
        kind = "date" if label == EVENT_DATE else label
        tried = found = 0
        unchanged_before = REMOVED["date: no contradiction"]
        for incident, articles in stories.items():
            event_day = _gold_day(gold.get(incident)) if label == EVENT_DATE else None
            if label == EVENT_DATE and event_day is None:
                continue
            # One generator per story and kind: a change elsewhere does not move this story's draw.
            outcome = inject_one(kind, incident, articles, nlp, random.Random(f"{seed}:{label}:{incident}"), event_day)
            if outcome is not None:
                tried += 1
                found += outcome[0]
                before = outcome[1][0].verdict
                by_verdict[label][(before, "tried")] += 1
                by_verdict[label][(before, "found")] += outcome[0]
                if not outcome[0]:
                    misses.append(describe_miss(label, incident, outcome[1]))
        results[label] = (found, tried)
        if label == EVENT_DATE:  # its stories without a contradicting change were counted under "date"
            REMOVED[f"{EVENT_DATE}: no contradiction"] = REMOVED["date: no contradiction"] - unchanged_before
            REMOVED["date: no contradiction"] = unchanged_before
    return results, misses, by_verdict


CASUALTY_MEASURES = ("killed", "injured", "arrested", "missing", "displaced")


def alarm_kind(fact):
    """The kind of injected change a conflict on an unchanged story would pass for, or None."""
    first = fact.claims[0]
    if first.kind == "quantity":
        return "count" if first.measure in CASUALTY_MEASURES else None
    return first.kind if first.kind in INJECT_KINDS else None


def disagreements(stories, show=10, detail=False):
    """Conflict and update verdicts on the unchanged stories, with examples for a reader."""
    counts = Counter()
    examples = []
    for incident, articles in stories.items():
        facts = reconcile_story(story_for(incident, articles), articles)
        texts = {a.id: a.text for a in articles}
        for f in facts:
            if f.verdict in ("conflict", "update"):
                counts[f.verdict] += 1
                first = f.claims[0]
                counts[f"{f.verdict} by kind: {first.kind}" + (f" {first.measure}" if first.measure else "")] += 1
                if f.verdict == "conflict":
                    counts[f"alarm: {alarm_kind(f)}"] += 1
                if len(examples) < show:
                    line = f"{incident} {f.verdict}: {f.subject} — {f.reason}"
                    if detail:
                        line += "".join(f"\n        {c.span.article_id[:8]} ({c.published}) …"
                                        f"{texts[c.span.article_id][max(0, c.span.start - 60):c.span.end + 60]!r}…"
                                        for c in f.claims)
                    examples.append(line)
    return counts, examples


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


def speed(stories, runs=3):
    """Seconds to reconcile one story of 50 articles: the first call (which pays for lazily
    built tables and compiled patterns once per process) and the median of the next `runs`."""
    pool = [a for arts in stories.values() for a in arts][:50]
    story = Story(id="big", articles=tuple(a.id for a in pool))
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        reconcile_story(story, pool)
        times.append(time.perf_counter() - start)
    return len(pool), times[0], sorted(times[1:])[runs // 2]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=None, help="sample this many incidents (default: all)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show-misses", action="store_true", help="print every injection not found")
    parser.add_argument("--show-alarms", type=int, default=None,
                        help="print this many conflict / update verdicts of the unchanged stories, with their claims' words "
                             "(default: ten, without the words)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle of the annotated stories: read if present, else written (for iterating on reconcile)")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (evaluation data lives in ../shared/data)")
        return 0
    by_incident, gold = load(args.incidents, args.seed)
    t0 = time.perf_counter()
    if args.cache and args.cache.exists():
        stories, nlp = pickle.loads(args.cache.read_bytes()), load_nlp()
    else:
        stories, nlp = build(by_incident)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(stories))
    print(f"built {len(stories)} incident stories ({sum(map(len, stories.values()))} articles) in {time.perf_counter() - t0:.0f}s")
    acc, n, hits = figures(stories, gold)
    print(f"story figures on {n} incidents: killed {acc['killed']:.3f} (target 0.90), injured {acc['injured']:.3f} (target 0.85)")
    print("    shown in the reports (given by two sources, cited): " + ", ".join(
        f"{m} in {hits[f'shown {m}']} stories, {hits[f'shown {m} right']} equal to gold" for m in ("killed", "injured")))
    print("    disputes shown (no figure given by two sources; each source's own named): " + ", ".join(
        f"{m} in {hits[f'disputed {m}']} stories, gold among the figures in {hits[f'disputed {m} has gold']}"
        for m in ("killed", "injured")))
    results, misses, by_verdict = injection(stories, nlp, args.seed, gold)
    counts, examples = disagreements(stories, args.show_alarms or 10, detail=args.show_alarms is not None)
    print("precision = found / (found + conflicts of the kind on all unchanged stories, real disagreements included)")
    for kind, (found, tried) in results.items():
        alarms = counts[f"alarm: {'date' if kind == EVENT_DATE else kind}"]
        print(f"injected {kind:6s}: conflict reported on the changed claim in {found}/{tried} = {found / max(1, tried):.3f}; "
              f"false alarms {alarms}, precision {found}/{found + alarms} = {found / max(1, found + alarms):.3f}")
        # A target `compatible` before the change (one report's figure within another's: "a
        # family friend" wounded beside "three people") may stay consistent after it.
        if kind == "count":
            print(f"        targets dropped: {REMOVED['facts']} count facts with fewer than two independent sources "
                  f"stating a cardinal figure of the toll (not one in a condition, the rest of a group or a sum over separate "
                  f"incidents); {REMOVED['stories']} stories lose their count "
                  f"injection for it")
        if REMOVED[f"{kind}: no contradiction"]:
            print(f"        stories with a shared fact of the kind but no change that contradicts another source's "
                  f"claim: {REMOVED[f'{kind}: no contradiction']}")
        print("        found by the target's verdict before the change: " + ", ".join(
            f"{v} {by_verdict[kind][(v, 'found')]}/{by_verdict[kind][(v, 'tried')]}"
            for v in sorted({v for v, _ in by_verdict[kind]})))
    print(f"unchanged stories: {counts['conflict']} conflict and {counts['update']} update verdicts over {len(stories)} stories "
          f"(each conflict here is a false alarm or a real disagreement between reports); examples:")
    print("    by kind: " + ", ".join(f"{k.split(': ')[1]} {v}" for k, v in sorted(counts.items()) if k.startswith("conflict by")))
    if args.show_misses:
        print(f"misses ({len(misses)}):")
        for line in misses:
            print("   ", line)
    for line in examples:
        print("   ", line)
    supported, total = brief_support(stories)
    print(f"brief: {supported}/{total} sentences carry a citation whose span shares their numbers")
    count, first, warm = speed(stories)
    print(f"speed: reconciled a story of {count} articles in {warm:.3f}s (median of 3; the process's first "
          f"call {first:.3f}s) (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
