"""Incremental story clustering.

Each new article is turned into a sparse TF-IDF vector (its most distinctive terms), candidate
stories are found through an inverted index keyed by (term, time bucket) plus a global index of
rare terms, and only those few candidates are scored: text similarity to the story's members,
minus penalties for a distant date (from the nearest member's day) and for casualty counts that
cannot be the same event, plus a little for each rare name the article shares with the names the
story is about. The article joins the best story above `threshold` or founds a new one. Cost per
article depends on the posting caps, not on the corpus size. `refine` (group_stories) takes a
second look at a whole batch.
"""
from __future__ import annotations

import hashlib
import math
import sys
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Optional

from ..model import Article, Story
from .features import Features, central_title, parse_day, extract, host_of, normal_line
from .sparse import _Vec, _cosine, _nearest, _post, _read, _unit


@dataclass(frozen=True)
class StoryConfig:
    threshold: float = 0.15        # score needed to join a story
    vector_terms: int = 80         # terms kept per article vector
    index_terms: int = 30          # of those, the heaviest put in the inverted index
    query_terms: int = 20          # rarest-weighted terms used to look up candidates
    common_df: float = 0.05        # terms in more than this share of articles are not looked up
    min_common: int = 100         # ... but a term in fewer articles than this is always looked up
    rare_df: int = 40              # terms in at most this many articles are looked up at any date
    posting_cap: int = 200         # most recent postings read per key
    max_candidates: int = 15       # stories scored in full
    bucket_days: int = 30          # width of a time bucket in the index
    member_vectors: int = 6        # member vectors kept per story for similarity
    date_slack_days: float = 3.0   # no penalty within this distance of the story's dates
    date_scale_days: float = 7.0
    date_weight: float = 0.08
    date_cap: float = 1.0          # most a date gap can take off the score
    count_conflict: float = 0.10   # penalty when both sides give disjoint casualty counts
    name_bonus: float = 0.03       # added per rare name the article shares with what the story
    name_most: int = 3             # ... is about (its salient names), for at most this many names
    name_rare_df: int = 5          # ... a multi-word name in at most this many articles
    name_rare_share: float = 0.01  # ... and this share of them (so none in a small index)
    # group_stories only (refine.py): a second look once the whole batch is placed
    refine_rounds: int = 1         # rounds of moving each article to the story it fits best
    refine_margin: float = 0.06    # ... an article alone joins one only this far above threshold
    split_ratio: float = 0.35      # a story is split in two when across / within <= this
    split_min: int = 4             # ... each part at least this many articles
    split_within: float = 0.15     # ... members of each part this similar on average
    split_share: float = 0.7       # ... on the words in 2 or more and at most this share of members
    story_cohesion: float = 0.12   # a story whose members are less similar than this on those
    cohesion_min: int = 4          # ... words (and has this many) is regrouped, members joined
    regroup_link: float = 0.3      # ... only at this average similarity
    split_max: int = 80            # stories larger than this are not looked at
    lead_split_ratio: float = 0.35 # ... and then in two when their leads alone give across / within
    lead_chars: int = 400          # ... <= this (events.py); a lead is the title and this many chars
    merge_sim: float = 0.15        # two stories are joined when their centroids are this similar
    merge_ratio: float = 0.45      # ... and their leads across / within >= this (merge.py)
    figure_penalty: float = 0.45   # lead similarity less this for openings whose figures conflict
    max_chars: int = 6000
    linkage: str = "centroid"      # centroid | max (best member) | blend
    boilerplate_repeats: int = 3   # a line in this many articles of one outlet is page furniture
    boilerplate_words: int = 40    # ... when it is no longer than this (longer lines are news)


@dataclass
class _Story:
    id: str
    members: list[str] = field(default_factory=list)
    vectors: list[_Vec] = field(default_factory=list)
    centroid: Optional[dict[str, float]] = None  # sum of member unit vectors, 2+ members
    first_day: Optional[int] = None
    last_day: Optional[int] = None
    days: array = field(default_factory=lambda: array("i"))  # members' days, sorted, distinct
    published: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (title, article id)
    entities: Counter = field(default_factory=Counter)
    month_days: list[tuple[int, int]] = field(default_factory=list)
    salient: Counter = field(default_factory=Counter)  # salient multi-word name -> members


def story_id(founding_article_id: str) -> str:
    return "s-" + hashlib.sha1(founding_article_id.encode("utf-8")).hexdigest()[:12]


class StoryIndex:
    """Stories built one article at a time. `add` returns the id of the story joined or founded."""

    def __init__(self, config: Optional[StoryConfig] = None):
        self.config = config or StoryConfig()
        self._df: Counter[str] = Counter()
        self._n = 0
        self._primed: set[str] = set()
        self._lines: Counter[int] = Counter()  # (host, line) -> articles of that host with it
        self._stories: list[_Story] = []
        self._by_id: dict[str, int] = {}
        self._by_article: dict[str, int] = {}
        # postings: a story index, or a list of them once there are two
        self._timed: dict[tuple[str, int], int | list[int]] = {}
        self._global: dict[str, int | list[int]] = {}
        self._cache: Optional[dict[str, Features]] = None  # batch only: features, vectors by id
        self._vectors: Optional[dict[str, dict[str, float]]] = None

    # ------------------------------------------------------------ vocabulary

    def observe(self, articles) -> None:
        """Count document frequencies of a batch before adding it, so that IDF (and therefore
        the result) does not depend on the order the batch is added in."""
        fresh = []
        for article in articles:
            if article.id in self._primed:
                continue
            self._primed.add(article.id)
            fresh.append(article)
            self._count_lines(article)
        for article in fresh:
            self._count(self._extract(article))

    def prepare(self, articles) -> None:
        """`observe` a whole batch, then keep each article's features and vector (final once
        every document frequency is counted) so later passes need not read the text again."""
        self._cache, self._vectors = {}, {}
        self.observe(articles)
        for article in articles:
            f = self._extract(article)
            self._vectors[f.id] = self._vector(f)
            self._cache[f.id] = replace(f, terms={})  # the vector is all that is read of them

    def _count_lines(self, article: Article) -> None:
        host = host_of(article)
        if host is None:
            return
        keys = {hash((host, normal_line(x))) for x in article.text.splitlines()
                if x.strip() and len(x.split()) <= self.config.boilerplate_words}
        self._lines.update(keys)

    def _extract(self, article: Article) -> Features:
        cache = self._cache
        if cache is not None:
            f = cache.get(article.id)
            if f is None:
                f = cache[article.id] = self._extract_fresh(article)
            return f
        return self._extract_fresh(article)

    def _extract_fresh(self, article: Article) -> Features:
        host = host_of(article)
        lines = self._lines
        if host is None or not lines:
            return extract(article, self.config.max_chars)
        least = self.config.boilerplate_repeats

        def boilerplate(line: str) -> bool:
            return lines.get(hash((host, normal_line(line))), 0) >= least

        return extract(article, self.config.max_chars, boilerplate)

    def _count(self, f: Features) -> None:
        self._n += 1
        self._df.update(f.terms.keys())

    def _idf(self, term: str) -> float:
        return math.log((self._n + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _vector(self, f: Features) -> dict[str, float]:
        if self._vectors is not None and f.id in self._vectors:
            return self._vectors[f.id]
        weighted = sorted(((w * self._idf(t), t) for t, w in f.terms.items()), reverse=True)
        return {sys.intern(t): w for w, t in weighted[: self.config.vector_terms]}

    # ------------------------------------------------------------ adding

    def add(self, article: Article) -> str:
        if article.id in self._by_article:
            return self._stories[self._by_article[article.id]].id
        if article.id not in self._primed:
            self._count_lines(article)
            f = self._extract(article)
            self._count(f)
        else:
            f = self._extract(article)
        vec = self._vector(f)
        best, best_score = None, self.config.threshold
        unit = _unit(vec)
        for idx in self._candidates(f, vec):
            score = self._score(self._stories[idx], f, unit)
            if score > best_score or (score == best_score and best is not None
                                      and self._stories[idx].id < self._stories[best].id):
                best, best_score = idx, score
        if best is None:
            best = len(self._stories)
            s = _Story(id=story_id(article.id))
            self._stories.append(s)
            self._by_id[s.id] = best
        self._join(best, article, f, vec)
        return self._stories[best].id

    def _bucket(self, day: int) -> int:
        return day // self.config.bucket_days

    def _candidates(self, f: Features, vec: dict[str, float]) -> list[int]:
        cfg = self.config
        common = cfg.common_df * self._n
        query = [(w, t) for t, w in vec.items() if self._df.get(t, 0) <= max(common, cfg.min_common)]
        query.sort(reverse=True)
        query = query[: cfg.query_terms]
        scores: dict[int, float] = defaultdict(float)
        day = f.day if f.day is not None else f.text_day
        days = [day] if day is not None else []
        days += [d for d in f.event_days if day is None or abs(d - day) > cfg.bucket_days]
        buckets = {b + k for b in map(self._bucket, days) for k in (-1, 0, 1)}
        cap = cfg.posting_cap
        for w, t in query:
            seen = set(_read(self._global, t, cap))
            if self._df.get(t, 0) > cfg.rare_df:
                for b in buckets:
                    seen.update(_read(self._timed, (t, b), cap))
            for idx in seen:
                scores[idx] += w
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], self._stories[kv[0]].id))
        return [idx for idx, _ in ranked[: cfg.max_candidates]]

    def _score(self, s: _Story, f: Features, unit: dict[str, float]) -> float:
        cfg = self.config
        if s.centroid is None:
            sim = s.vectors[0].dot(unit)
        elif cfg.linkage == "centroid":
            sim = _cosine(unit, s.centroid)
        else:
            sims = sorted((v.dot(unit) for v in s.vectors), reverse=True)
            if cfg.linkage == "max":
                sim = max(sims[0], _cosine(unit, s.centroid))
            else:  # "blend": the centroid and the closest members together
                top = sims[:2]
                sim = (_cosine(unit, s.centroid) + sum(top) / len(top)) / 2
        gap = self._gap(s, f)
        if gap is not None and gap > cfg.date_slack_days:
            sim -= min(cfg.date_cap, cfg.date_weight * math.log1p((gap - cfg.date_slack_days) / cfg.date_scale_days))
        for measure in ("killed", "injured"):
            mine, theirs = f.counts.get(measure), s.counts.get(measure)
            if mine and theirs and not (mine & set(theirs)):
                sim -= cfg.count_conflict
        if cfg.name_bonus:
            sim += cfg.name_bonus * min(cfg.name_most, self._rare_names_shared(s, f))
        return sim

    def _rare_names_shared(self, s: _Story, f: Features) -> int:
        """How many names the article gives that the story's articles are about and that almost
        no other article names: a victim, a suspect, a street."""
        most = min(self.config.name_rare_df, self.config.name_rare_share * self._n)
        return sum(1 for n in f.names if " " in n and n in s.salient
                   and self._df.get("\u00a7" + n, 0) <= most)

    @staticmethod
    def _gap(s: _Story, f: Features) -> Optional[float]:
        day = f.day if f.day is not None else f.text_day
        if day is not None and s.first_day is not None:
            # to the nearest member's day (a story stretched over months by follow-ups does not
            # take in everything published in between); a follow-up is as close as the earlier
            # day it names, the day of the event
            return float(min(_nearest(s.days, d) for d in (day, *(e for e in f.event_days if e < day))))
        md = f.month_day
        if md is not None and s.first_day is not None:
            from datetime import date
            best = None
            for day in (s.first_day, s.last_day):
                d = date.fromordinal(day)
                for year in (d.year - 1, d.year, d.year + 1):
                    try:
                        gap = abs(date(year, *md).toordinal() - day)
                    except ValueError:
                        continue
                    best = gap if best is None else min(best, gap)
            return float(best) if best is not None else None
        return None

    def _join(self, idx: int, article: Article, f: Features, vec: dict[str, float]) -> None:
        cfg = self.config
        s = self._stories[idx]
        s.members.append(article.id)
        self._by_article[article.id] = idx
        stored = _Vec(vec)
        if len(s.vectors) < cfg.member_vectors:
            s.vectors.append(stored)
        if len(s.members) > 1:
            if s.centroid is None:
                first = s.vectors[0]
                s.centroid = dict(zip(first.terms, first.weights))
            c = s.centroid
            for t, w in zip(stored.terms, stored.weights):
                c[t] = c.get(t, 0.0) + w
            if len(c) > 3 * cfg.vector_terms:
                c = dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[: 3 * cfg.vector_terms])
            s.centroid = c
        new_buckets = []
        day = f.day if f.day is not None else f.text_day
        if day is not None:
            if s.first_day is None or day < s.first_day:
                s.first_day = day
            if s.last_day is None or day > s.last_day:
                s.last_day = day
            i = bisect_left(s.days, day)
            if i == len(s.days) or s.days[i] != day:
                s.days.insert(i, day)
            new_buckets.append(self._bucket(day))
        new_buckets += [self._bucket(d) for d in f.event_days]
        if article.published:
            s.published.append(article.published)
        if f.month_day:
            s.month_days.append(f.month_day)
        for measure, values in f.counts.items():
            s.counts.setdefault(measure, Counter()).update(values)
        if article.title:
            s.titles.append((article.title, article.id))
        s.entities.update(f.entities)
        s.salient.update(sys.intern(n) for n in f.salient if " " in n)
        # Rare terms (and undated stories) go to the global index, common ones by time bucket:
        # most distinct terms are rare, so the timed index stays small.
        top = sorted(vec, key=lambda t: -vec[t])[: cfg.index_terms]
        buckets = sorted(set(new_buckets))
        for t in top:
            if not buckets or self._df.get(t, 0) <= cfg.rare_df:
                _post(self._global, t, idx)
            else:
                for b in buckets:
                    _post(self._timed, (t, b), idx)

    # ------------------------------------------------------------ reading

    def story_of(self, article_id: str) -> Optional[str]:
        idx = self._by_article.get(article_id)
        return None if idx is None else self._stories[idx].id

    def __len__(self) -> int:
        return len(self._by_article)

    def stories(self) -> list[Story]:
        out = [self._record(s) for s in self._stories]
        out.sort(key=lambda s: (s.first_seen or "9999", s.id))
        return out

    @staticmethod
    def _record(s: _Story) -> Story:
        full = sorted(p for p in s.published if parse_day(p) is not None)
        return Story(
            id=s.id,
            articles=tuple(sorted(s.members)),
            title=central_title(s.titles),
            first_seen=full[0] if full else None,
            last_seen=full[-1] if full else None,
            entities=tuple(name for name, _ in sorted(s.entities.items(), key=lambda kv: (-kv[1], kv[0]))),
        )
