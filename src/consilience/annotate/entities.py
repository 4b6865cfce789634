"""Entities: people, organisations, groups and places, with their forms merged.

Per article (`find_entities`): spaCy's named entities, corrected by general rules
(`entities_mentions`, `entities_rules`), with titles and roles lifted into `attributes`,
credits dropped, and the forms of one actor merged: a surname to the full name that contains
it, an acronym to its long form, a plural ("Xs") to the group it names, organisation variants
("Norwell" ~ "Norwell Dynamics Inc."). The canonical name is the fullest form.

Across a run (`merge_entities`): entities of different articles that share a normalised
form, an acronym/long-form pair, an organisation variant, or a surname-to-full-name link get
one canonical name and one type (the majority over their mentions; GROUP evidence beats the
generic ORG label); definite descriptions of a run's region ("the coastal provinces") and
possessive descriptions of an organisation ("Kenya's customs agency") become its mentions.

A bare surname shared by several full names of the article ("Khatri" after two different
Khatris) goes, in order, to: (1) the person whose recorded titles share a role word with a
title attached to the bare mention ("Police Chief Khatri"); (2) the only person whose role
(the shortest ending of its title that no other candidate's shares) is named earlier in the
same sentence ("after talks with the governor, a dinner hosted by Khatri"); roles after the
name are not used: "hosted by X that included the police chief" lists the police chief as
someone else; (3) the person named most often by full name in the article; (4) on a tie, the
one introduced first (the more salient: news introduces the principal figure first). Across
a run, a bare surname in an article without the full name goes to the full name with the
most mentions in the run.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

from ..disjoint import DisjointSets
from ..model import Article, Entity, Span
from . import entities_rules as R
from .entities_mentions import Mention as _Mention, find_mentions as _mentions
from .entities_links import contains, fullest, pair_links, tokens, vote
from .entities_rules import norm


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return [m.form for m in self.mentions]

    def canonical(self) -> str:
        return fullest(self.forms)

    def type(self) -> str:
        # the model labels a long form more reliably than its acronym
        named = [m for m in self.mentions if not R.looks_like_acronym(m.form)] or self.mentions
        return vote([(m.type, 1, m.group_evidence or (m.type == "GROUP")) for m in named]
                    + [("GROUP", 0, True) for m in self.mentions if m.group_evidence])


# ---------------------------------------------------------------- per article


def find_entities(article: Article, doc=None) -> tuple[Entity, ...]:
    if doc is None:
        from .nlp import load_nlp

        doc = load_nlp()(article.text)
    mentions = _mentions(doc, article.text)
    clusters = _cluster(mentions)
    entities = [_to_entity(article.id, c) for c in clusters]
    return tuple(sorted(entities, key=_entity_order))


def _entity_order(e: Entity):
    return (e.mentions[0].start if e.mentions else -1, e.canonical, e.type)


# ---------------------------------------------------------------- clustering


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    by_key: dict[str, _Cluster] = {}
    order: list[str] = []
    for m in mentions:
        key = norm(m.form)
        if not key:
            continue
        if key not in by_key:
            by_key[key] = _Cluster()
            order.append(key)
        by_key[key].mentions.append(m)
    clusters = [by_key[k] for k in order]
    clusters = _merge_person_parts(clusters)
    clusters = _merge_pairs(clusters)
    return clusters


def _merge_person_parts(clusters: list[_Cluster]) -> list[_Cluster]:
    """Attach each mention of a partial name ('Ellison') to the full name containing it."""
    persons = [c for c in clusters if c.type() == "PERSON"]
    full = [c for c in persons if len(tokens(c.canonical())) > 1]
    keep = [c for c in clusters]
    for c in persons:
        toks = tokens(c.canonical())
        cands = [f for f in full if f is not c and contains(tokens(f.canonical()), toks)]
        if not cands:
            continue
        for m in list(c.mentions):
            target = _choose_person(m, cands)
            target.mentions.append(m)
        keep.remove(c)
    for c in keep:
        c.mentions.sort(key=lambda m: (m.start, m.end))
    return keep


def _choose_person(m: _Mention, cands: list[_Cluster]) -> _Cluster:
    if len(cands) == 1:
        return cands[0]
    if m.title:
        words = set(m.title.lower().split()) - R.TITLE_GLUE
        fits = [c for c in cands
                if any(words & set((x.title or "").lower().split()) for x in c.mentions)]
        if len(fits) == 1:
            return fits[0]

    if m.before:
        titles = {id(c): {x.title.lower() for x in c.mentions if x.title} for c in cands}
        fits = []
        for c in cands:
            others = {t for d in cands if d is not c for t in titles[id(d)]}
            if any(_role_in(t, m.before, others) for t in titles[id(c)]):
                fits.append(c)
        if len(fits) == 1:
            return fits[0]

    def full_count(c: _Cluster) -> int:
        return sum(1 for x in c.mentions if len(tokens(x.form)) > 1)

    def first(c: _Cluster) -> int:
        return min(x.start for x in c.mentions)

    return max(cands, key=lambda c: (full_count(c), -first(c)))


def _role_in(title: str, before: str, others: set[str]) -> bool:
    """Does the sentence before a bare surname name this person's role ('talks with the
    governor, ... hosted by X')? The shortest ending of the title that no other candidate's
    title shares is enough ('governor' for 'Provincial Governor')."""
    words = title.split()
    for k in range(1, len(words) + 1):
        suffix = " ".join(words[-k:])
        if any(o == suffix or o.endswith(" " + suffix) for o in others):
            continue
        return bool(re.search(r"\b" + re.escape(suffix) + r"\b", before))
    return False


def _merge_pairs(clusters: list[_Cluster]) -> list[_Cluster]:
    """Merge an acronym into its long form and a plural into the group it names."""
    names = [(c.canonical(), c.type()) for c in clusters]
    sets = DisjointSets(len(clusters))
    for i, j in pair_links(names):
        sets.union(i, j)
    merged: dict[int, _Cluster] = {}
    for i, c in enumerate(clusters):
        merged.setdefault(sets.find(i), _Cluster()).mentions.extend(c.mentions)
    out = [merged[r] for r in sorted(merged, key=lambda r: min(m.start for m in merged[r].mentions))]
    for c in out:
        c.mentions.sort(key=lambda m: (m.start, m.end))
    return out


def _to_entity(article_id: str, c: _Cluster) -> Entity:
    canonical = c.canonical()
    forms = set(c.forms) | {m.titled_form for m in c.mentions if m.titled_form}
    attributes = sorted({m.title for m in c.mentions if m.title})
    return Entity(
        canonical=canonical,
        type=c.type(),
        mentions=tuple(sorted(Span(article_id, m.start, m.end) for m in c.mentions)),
        aliases=tuple(sorted(forms - {canonical})),
        attributes=tuple(attributes),
    )


# ---------------------------------------------------------------- across a run


def merge_entities(articles: Sequence[Article]) -> list[Article]:
    """Give one actor one canonical name and one type across the articles of a run."""
    items = [(ai, e) for ai, a in enumerate(articles) for e in a.entities]
    sets = DisjointSets(len(items))
    find, union = sets.find, sets.union

    # 1. shared forms (a bare single-word person name is not evidence)
    owner: dict[str, int] = {}
    for i, (_, e) in enumerate(items):
        for form in (e.canonical, *e.aliases):
            if e.type == "PERSON" and len(tokens(form)) < 2:
                continue
            key = norm(form)
            if key in owner:
                union(i, owner[key])
            else:
                owner[key] = i
    # 2. acronyms and plurals
    for i, j in pair_links([(e.canonical, e.type) for _, e in items]):
        union(i, j)
    # 3. a bare person name whose article has no full form: the most mentioned full name
    by_token: dict[str, list[int]] = defaultdict(list)
    for j, (_, b) in enumerate(items):
        if b.type == "PERSON" and len(tokens(b.canonical)) > 1:
            for tok in set(tokens(b.canonical)):
                by_token[tok].append(j)
    # ... and a one-word 'place' or 'organisation' that is no known place and no part of
    # another name of the run but is a person's surname there ('Lohan' tagged GPE)
    surnames = {tokens(b.canonical)[-1] for _, b in items
                if b.type == "PERSON" and len(tokens(b.canonical)) > 1}
    other_words = {w for _, b in items if b.type != "PERSON" and len(tokens(b.canonical)) > 1
                   for w in tokens(b.canonical)}
    for i, (_, a) in enumerate(items):
        toks = tokens(a.canonical)
        if len(toks) != 1:
            continue
        if a.type != "PERSON" and (toks[0] not in surnames or toks[0] in other_words
                                   or R.place_type(a.canonical) or R.looks_like_acronym(a.canonical)
                                   or a.type in ("NORP", "EVENT")):
            continue
        cands: dict[int, int] = defaultdict(int)
        for j in by_token.get(toks[0], ()):
            if a.type == "PERSON" or tokens(items[j][1].canonical)[-1] == toks[0]:
                cands[find(j)] += len(items[j][1].mentions)
        if cands:
            root = max(cands, key=lambda r: (cands[r], -r))
            union(i, root)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    canonical_of: dict[int, tuple[str, str]] = {}
    for root, members in groups.items():
        forms = []
        for i in members:
            forms.extend([items[i][1].canonical] * len(items[i][1].mentions))
        canonical = fullest(sorted(forms, key=lambda f: (-len(f.split()), f)))
        named = [i for i in members if not R.looks_like_acronym(items[i][1].canonical)] or members
        type_ = vote([(items[i][1].type, len(items[i][1].mentions), False) for i in named])
        canonical_of[root] = (canonical, type_)

    per_article: dict[int, list[int]] = defaultdict(list)
    for i, (ai, _) in enumerate(items):
        per_article[ai].append(i)
    tails = _definite_tails(canonical_of)
    descriptors = _descriptor_words(groups, items, canonical_of)
    out: list[Article] = []
    for ai, article in enumerate(articles):
        combined: dict[int, list[Entity]] = defaultdict(list)
        for i in per_article[ai]:
            combined[find(i)].append(items[i][1])
        for root, span, form in _definite_mentions(article, tails) + _nominal_mentions(article, descriptors):
            combined[root].append(Entity(form, canonical_of[root][1], (span,), (form,)))
        entities = []
        for root, ents in combined.items():
            canonical, type_ = canonical_of[root]
            forms = set()
            attributes = set()
            mentions = set()
            for e in ents:
                forms.update((e.canonical, *e.aliases))
                attributes.update(e.attributes)
                mentions.update(e.mentions)
            entities.append(Entity(
                canonical=canonical,
                type=type_,
                mentions=tuple(sorted(mentions)),
                aliases=tuple(sorted(forms - {canonical})),
                attributes=tuple(sorted(attributes)),
            ))
        out.append(replace(article, entities=tuple(sorted(entities, key=_entity_order))))
    return out


def _definite_tails(canonical_of: dict[int, tuple[str, str]]):
    """'the coastal provinces' refers to the run's 'Northern Coastal Provinces': the
    last two words of a place name of three or more words, after 'the', when no other
    place of the run ends the same way. Places only: 'the police department' could be any."""
    owners: dict[str, set[int]] = defaultdict(set)
    for root, (canonical, type_) in canonical_of.items():
        words = canonical.split()
        if type_ in ("LOC", "GPE") and len(words) >= 3 and all(w.isalpha() for w in words[-2:]) \
                and not any(w.lower() in R.FUNCTION_WORDS for w in words[-2:]):
            owners[" ".join(words[-2:]).lower()].add(root)
    unique = {tail: next(iter(roots)) for tail, roots in owners.items() if len(roots) == 1}
    if not unique:
        return None
    pattern = re.compile(
        r"\b[Tt]he\s+(" + "|".join(re.escape(t) for t in sorted(unique)) + r")\b", re.IGNORECASE
    )
    return pattern, unique


def _definite_mentions(article: Article, tails):
    if tails is None:
        return []
    pattern, owner = tails
    taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
    out = []
    for match in pattern.finditer(article.text):
        phrase = match.group(1)
        if not (phrase.islower() or phrase.istitle()):
            continue
        start, end = match.span(1)
        if any(a < end and start < b for a, b in taken):
            continue
        out.append((owner[phrase.lower()], Span(article.id, start, end), phrase))
    return out


NOMINAL = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w.]*['’]s|\b[Ii]ts|\b[Tt]heir)\s+((?:[a-z]+[\s-]+){1,2}?("
    + "|".join(sorted(R.ORG_DESCRIPTOR_HEADS)) + r"))\b(?!\s+[A-Z])"
)


def _descriptor_words(groups, items, canonical_of) -> dict[int, frozenset[str]]:
    """Per organisation of the run, the words of what it was said to be ('border agency',
    'customs service'), from every article."""
    out = {}
    for root, members in groups.items():
        if canonical_of[root][1] not in ("ORG", "GROUP"):
            continue
        words = {w for i in members for a in items[i][1].attributes for w in a.lower().split()}
        words -= R.FUNCTION_WORDS
        if len(words) >= 2:
            out[root] = frozenset(words)
    return out


def _nominal_mentions(article: Article, descriptors: dict[int, frozenset[str]]):
    """'Kenya's customs agency' is the organisation described elsewhere in the run as
    a 'border agency' and a 'customs service': a definite or possessive description whose
    head is an organisation noun and which shares two or more words with the descriptors of
    exactly one organisation of the run."""
    if not descriptors:
        return []
    by_word: dict[str, list[int]] = defaultdict(list)
    for root, words in descriptors.items():
        for w in words:
            by_word[w].append(root)
    taken = [(m.start, m.end) for e in article.entities for m in e.mentions]
    out = []
    for match in NOMINAL.finditer(article.text):
        words = set(re.split(r"[\s-]+", match.group(1))) - R.FUNCTION_WORDS
        shared = Counter(root for w in words for root in by_word.get(w, ()))
        fits = [root for root, n in shared.items() if n >= 2]
        start, end = match.span(1)
        if len(fits) != 1 or any(a < end and start < b for a, b in taken):
            continue
        out.append((fits[0], Span(article.id, start, end), match.group(0)))
    return out


# ---------------------------------------------------------------- lookup


def entity_at(article: Article, start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping [start, end): the largest overlap, then the
    tightest mention."""
    best = None
    best_key = None
    for e in article.entities:
        for m in e.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0 and not (start == end and m.start <= start < m.end):
                continue
            key = (overlap, -(m.end - m.start), -m.start)
            if best_key is None or key > best_key:
                best, best_key = e, key
    return best
