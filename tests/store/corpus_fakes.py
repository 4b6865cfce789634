"""Fast, deterministic stand-ins for the annotate / stories / reconcile stages, and a corpus
of made-up articles, so the ingest machinery is tested on its own (and can be killed)."""
from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from pathlib import Path

from consilience.model import Claim, FactGroup, Span, Story, StoryReport, TimeRef

TOPICS = ["flood", "election", "strike", "fire", "storm", "trial"]
TOWNS = ["Ashford", "Brockton", "Carlow", "Dunmore", "Elgin", "Fenwick", "Galway"]


def write_corpus(folder: Path, n: int, start: int = 0) -> Path:
    """n text files; articles i and i+6 share a topic, so stories have several members."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        topic = TOPICS[i % len(TOPICS)]
        town = TOWNS[i % len(TOWNS)]
        body = (f"{town}, March {1 + i % 27}: Officials in {town} said the {topic} affected {10 + i} people on Tuesday, "
                f"and reporter number {i} wrote this report for the record.\n\n"
                f"The {topic} response continued through the week as residents of {town} counted the cost. "
                f"Witness {i} described the scene in detail to local reporters.\n\n"
                f"Authorities promised a full review of the {topic} within {i + 2} days.")
        (folder / f"{i:03d}_{topic}.txt").write_text(f"{topic.title()} hits {town} (report {i})\n{body}\n", encoding="utf-8")
    return folder


def annotate(batch, delay: float = 0.0):
    if delay:
        time.sleep(delay)
    out = []
    for a in batch:
        at = a.text.find("Tuesday")
        times = (TimeRef(Span(a.id, at, at + 7), "2020-03-03", "day", "published"),) if at >= 0 else ()
        out.append(replace(a, times=times, language="en"))
    return out


def group(articles):
    """Stories by topic word of the title, ids from the topic; fills a missing date."""
    members: dict[str, list] = {}
    for a in articles:
        topic = (a.title or "x").split()[0].lower()
        members.setdefault(topic, []).append(a)
    stories = []
    for topic, arts in sorted(members.items()):
        sid = "s-" + hashlib.sha1(topic.encode()).hexdigest()[:8]
        stories.append(Story(sid, tuple(sorted(a.id for a in arts)), title=arts[0].title,
                             first_seen="2020-03-03", last_seen="2020-03-0" + str(min(9, len(arts)))))
    filled = [a if a.published else replace(a, published="2020-03-03", published_basis="story") for a in articles]
    return stories, filled


def report(story, members, delay: float = 0.0):
    if delay:
        time.sleep(delay)
    claims = tuple(Claim(Span(a.id, 0, 5), "quantity", str(len(a.text)), published=a.published, measure="people",
                         low=float(len(a.text)), high=float(len(a.text))) for a in members)
    verdict = "conflict" if len({c.value for c in claims}) > 1 else "unique"
    facts = (FactGroup("f-" + story.id[2:], "people affected", claims, verdict, "figures differ"),) if claims else ()
    return StoryReport(story=story, facts=facts)


SCRIPT = """
import json, sys
import consilience.corpus as corpus
from consilience.corpus import IngestOptions, ingest
from consilience.store import open_store
from tests.store import corpus_fakes as fakes

url, folder, article_delay, story_delay = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
corpus.STORY_BATCH = 1
options = IngestOptions(batch_size=3, annotator=lambda b: fakes.annotate(b, article_delay), grouper=fakes.group,
                        reporter=lambda s, m: fakes.report(s, m, story_delay))
store = open_store(url)
result = ingest([folder], store, options)
store.close()
print(json.dumps({"added": len(result.added), "saved": len(result.stories_saved)}))
"""
