"""The reconcile stage: for every fact of a story, where sources agree, differ or conflict."""
from __future__ import annotations

import hashlib
from typing import Sequence

from ..model import Article, FactGroup, Story
from .align import align
from .claims import Evidence, extract_claims
from .verdicts import verdict

VERDICT_ORDER = {"conflict": 0, "update": 1, "differing": 2, "framing": 3, "compatible": 4, "agree": 5, "unique": 6}
KIND_ORDER = {"quantity": 0, "date": 1, "place": 2, "age": 3, "quote": 4, "statement": 5}


def reconcile_story(story: Story, articles: Sequence[Article]) -> list[FactGroup]:
    """Fact groups of one story, conflicts and updates first."""
    wanted = set(story.articles)
    members = [a for a in articles if a.id in wanted]
    source_of = {aid: group.id for group in story.source_groups for aid in group.articles}
    published = {a.id: a.published for a in members}
    evidence: list[Evidence] = [e for a in members for e in extract_claims(a)]
    facts = []
    for group in align(evidence):
        label, reason = verdict(group, source_of, published)
        facts.append(_fact(group, label, reason))
    return sorted(facts, key=lambda f: (VERDICT_ORDER[f.verdict], KIND_ORDER.get(f.claims[0].kind, 9), f.id))


def _fact(group: Sequence[Evidence], label: str, reason: str) -> FactGroup:
    claims = tuple(e.claim for e in group)
    digest = hashlib.sha1("|".join(f"{c.span.article_id}:{c.span.start}:{c.span.end}" for c in claims).encode()).hexdigest()[:12]
    return FactGroup(id=f"f-{digest}", subject=group[0].subject, claims=claims, verdict=label, reason=reason)
