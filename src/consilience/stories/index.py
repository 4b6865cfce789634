"""Incremental story clustering.

Each new article is turned into a sparse TF-IDF vector (its most distinctive terms), candidate
stories are found through an inverted index keyed by (term, time bucket) plus a global index of
rare terms, and only those few candidates are scored: text similarity to the story's members,
minus penalties for a distant date and for casualty counts that cannot be the same event. The
article joins the best story above `threshold` or founds a new one. Cost per article depends on
the posting caps, not on the corpus size.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article, Story
from .features import Features, extract


@dataclass(frozen=True)
class StoryConfig:
    threshold: float = 0.30        # score needed to join a story
    vector_terms: int = 40         # terms kept per article vector
    query_terms: int = 20          # rarest-weighted terms used to look up candidates
    common_df: float = 0.05        # terms in more than this share of articles are not looked up
    rare_df: int = 40              # terms in at most this many articles are looked up at any date
    posting_cap: int = 200         # most recent postings read per key
    max_candidates: int = 25       # stories scored in full
    bucket_days: int = 30          # width of a time bucket in the index
    member_vectors: int = 8        # member vectors kept per story for similarity
    date_slack_days: float = 3.0   # no penalty within this distance of the story's dates
    date_scale_days: float = 7.0
    date_weight: float = 0.08
    count_conflict: float = 0.10   # penalty when both sides give disjoint casualty counts
    max_chars: int = 6000


@dataclass
class _Story:
    id: str
    members: list[str] = field(default_factory=list)
    vectors: list[dict[str, float]] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    first_day: Optional[int] = None
    last_day: Optional[int] = None
    published: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)
    titles: list[tuple[str, frozenset[str], str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    month_days: list[tuple[int, int]] = field(default_factory=list)


def story_id(founding_article_id: str) -> str:
    return "s-" + hashlib.sha1(founding_article_id.encode("utf-8")).hexdigest()[:12]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


class StoryIndex:
    """Stories built one article at a time. `add` returns the id of the story joined or founded."""

    def __init__(self, config: Optional[StoryConfig] = None):
        self.config = config or StoryConfig()
        self._df: Counter[str] = Counter()
        self._n = 0
        self._primed: set[str] = set()
        self._stories: list[_Story] = []
        self._by_id: dict[str, int] = {}
        self._by_article: dict[str, int] = {}
        self._timed: dict[tuple[str, int], list[int]] = defaultdict(list)
        self._global: dict[str, list[int]] = defaultdict(list)

    # ------------------------------------------------------------ vocabulary

    def observe(self, articles) -> None:
        """Count document frequencies of a batch before adding it, so that IDF (and therefore
        the result) does not depend on the order the batch is added in."""
        for article in articles:
            if article.id in self._primed:
                continue
            self._primed.add(article.id)
            self._count(extract(article, self.config.max_chars))

    def _count(self, f: Features) -> None:
        self._n += 1
        self._df.update(f.terms.keys())

    def _idf(self, term: str) -> float:
        return math.log((self._n + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _vector(self, f: Features) -> dict[str, float]:
        weighted = sorted(((w * self._idf(t), t) for t, w in f.terms.items()), reverse=True)
        return {t: w for w, t in weighted[: self.config.vector_terms]}

    # ------------------------------------------------------------ adding

    def add(self, article: Article) -> str:
        if article.id in self._by_article:
            return self._stories[self._by_article[article.id]].id
        f = extract(article, self.config.max_chars)
        if article.id not in self._primed:
            self._count(f)
        vec = self._vector(f)
        best, best_score = None, self.config.threshold
        for idx in self._candidates(f, vec):
            score = self._score(self._stories[idx], f, vec)
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
        query = [(w, t) for t, w in vec.items() if self._df.get(t, 0) <= max(common, 2)]
        query.sort(reverse=True)
        query = query[: cfg.query_terms]
        scores: dict[int, float] = defaultdict(float)
        days = [f.day] if f.day is not None else []
        days += [d for d in f.event_days if f.day is None or abs(d - f.day) > cfg.bucket_days]
        buckets = {b + k for b in map(self._bucket, days) for k in (-1, 0, 1)}
        for w, t in query:
            seen: set[int] = set()
            for b in buckets:
                for idx in self._timed.get((t, b), ())[-cfg.posting_cap:]:
                    seen.add(idx)
            if not buckets or self._df.get(t, 0) <= cfg.rare_df:
                seen.update(self._global.get(t, ())[-cfg.posting_cap:])
            for idx in seen:
                scores[idx] += w
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], self._stories[kv[0]].id))
        return [idx for idx, _ in ranked[: cfg.max_candidates]]

    def _score(self, s: _Story, f: Features, vec: dict[str, float]) -> float:
        cfg = self.config
        sim = max(_cosine(vec, v) for v in s.vectors)
        if len(s.members) > 1:
            sim = max(sim, _cosine(vec, s.centroid))
        gap = self._gap(s, f)
        if gap is not None and gap > cfg.date_slack_days:
            sim -= cfg.date_weight * math.log1p((gap - cfg.date_slack_days) / cfg.date_scale_days)
        for measure in ("killed", "injured"):
            mine, theirs = f.counts.get(measure), s.counts.get(measure)
            if mine and theirs and not (mine & set(theirs)):
                sim -= cfg.count_conflict
        return sim

    @staticmethod
    def _gap(s: _Story, f: Features) -> Optional[float]:
        if f.day is not None and s.first_day is not None:
            if s.first_day <= f.day <= s.last_day:
                return 0.0
            return float(min(abs(f.day - s.first_day), abs(f.day - s.last_day)))
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
        if len(s.vectors) < cfg.member_vectors:
            s.vectors.append(vec)
        if len(s.members) == 1:
            s.centroid = vec
        else:
            c = dict(s.centroid)
            for t, w in vec.items():
                c[t] = c.get(t, 0.0) + w
            if len(c) > 3 * cfg.vector_terms:
                c = dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[: 3 * cfg.vector_terms])
            s.centroid = c
        new_buckets = []
        if f.day is not None:
            if s.first_day is None or f.day < s.first_day:
                s.first_day = f.day
            if s.last_day is None or f.day > s.last_day:
                s.last_day = f.day
            new_buckets.append(self._bucket(f.day))
        new_buckets += [self._bucket(d) for d in f.event_days]
        if article.published:
            s.published.append(article.published)
        if f.month_day:
            s.month_days.append(f.month_day)
        for measure, values in f.counts.items():
            s.counts.setdefault(measure, Counter()).update(values)
        if article.title:
            s.titles.append((article.title, f.title_terms, article.id))
        s.entities.update(f.entities)
        for t in vec:
            for b in set(new_buckets):
                posting = self._timed[(t, b)]
                if not posting or posting[-1] != idx:
                    posting.append(idx)
            posting = self._global[t]
            if not posting or posting[-1] != idx:
                posting.append(idx)

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
        full = sorted(p for p in s.published if len(p) >= 10 and not p.startswith("-"))
        return Story(
            id=s.id,
            articles=tuple(sorted(s.members)),
            title=central_title(s.titles),
            first_seen=full[0] if full else None,
            last_seen=full[-1] if full else None,
            entities=tuple(name for name, _ in sorted(s.entities.items(), key=lambda kv: (-kv[1], kv[0]))),
        )


def central_title(titles: list[tuple[str, frozenset[str], str]], limit: int = 60) -> Optional[str]:
    """The headline sharing the most words with the story's other headlines."""
    if not titles:
        return None
    titles = sorted(titles, key=lambda t: t[2])[:limit]
    best = None
    for i, (title, terms, aid) in enumerate(titles):
        score = 0.0
        for j, (_, other, _) in enumerate(titles):
            if i != j and terms and other:
                score += len(terms & other) / math.sqrt(len(terms) * len(other))
        key = (-score, len(title), aid)
        if best is None or key < best[0]:
            best = (key, title)
    return best[1]
