"""Acceptance: entities, quotes, story, timeline, facts and conflicts of ../shared/seeds/expected.yaml,
read from the YAML itself, on the full pipeline."""
import re

import pytest
import yaml

from consilience.pipeline import RunOptions, analyze

from .conftest import SEEDS, need


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(need(SEEDS / "expected.yaml").read_text())


@pytest.fixture(scope="module")
def report():
    return analyze([str(need(SEEDS))], RunOptions())


@pytest.fixture(scope="module")
def by_source(report):
    """'000' / '003' -> article."""
    return {a.origin.rsplit("/", 1)[-1][:3]: a for a in report.articles}


def test_one_story_and_year_from_story(report, expected, by_source):
    assert expected["story"]["same_story"]
    assert len(report.stories) == 1
    story = report.stories[0].story
    assert set(story.articles) == {a.id for a in report.articles}
    assert [story.first_seen[:10], story.last_seen[:10]] == [str(d) for d in expected["story"]["span"]]
    assert by_source["000"].published == str(expected["articles"]["000_b4143deb9c83a06b.txt"]["published"])
    assert by_source["000"].published_basis == "story"


def _canonicals(article, form):
    """Canonical names of the entities mentioned where `form` stands on its own in the text.

    A one-word form inside a longer name ("Sharif" in "Nawaz Sharif") is that name's, not its own.
    """
    out = set()
    for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", article.text):
        before = article.text[:match.start()].split()
        if " " not in form and before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":")):
            continue
        overlap = {}
        for entity in article.entities:
            for m in entity.mentions:
                shared = min(m.end, match.end()) - max(m.start, match.start())
                if shared > 0:
                    overlap[entity.canonical] = max(overlap.get(entity.canonical, 0), shared)
        if overlap:  # the entity the form is mostly about ("US Secretary of State John Kerry" is Kerry)
            out.add(max(overlap, key=lambda name: (overlap[name], name)))
    return out


def test_entity_forms_merge(report, expected):
    entities = {k: v for k, v in expected["entities"].items() if k != "not_story_entities"}
    canonical_of = {}
    for name, forms in entities.items():
        found = set()
        for form in forms:
            for article in report.articles:
                found |= _canonicals(article, form)
        assert len(found) == 1, (name, found)
        canonical_of[name] = found.pop()
    assert canonical_of["Nawaz Sharif"] != canonical_of["Raheel Sharif"]
    assert canonical_of["Taliban (Pakistani)"] != canonical_of["Taliban (Afghan)"]
    names = {e.canonical for a in report.articles for e in a.entities}
    for credit in expected["entities"]["not_story_entities"]:
        assert not any(credit in n for n in names), credit


def _speaker_matches(quote, expected_speaker, canonical):
    if expected_speaker in canonical:
        return quote.speaker_entity == canonical[expected_speaker] or quote.speaker == canonical[expected_speaker]
    head = expected_speaker.split()[-1].rstrip("s").lower()  # "official", "aide"
    return quote.speaker is not None and head in quote.speaker.lower()


def _quoted_words(content):
    """A quote's words without opening marks or the complementiser of reported speech, and,
    for a mixed quote, each fragment inside quotation marks."""
    yield re.sub(r"^(?:that\s+)?[\"“‘']*", "", content.strip())
    yield from re.findall(r"[\"“]([^\"”]+)(?:[\"”]|$)", content)


def test_quotes_and_speakers(report, expected, by_source):
    canonical = {}
    for name, forms in expected["entities"].items():
        if name == "not_story_entities":
            continue
        for article in report.articles:
            for form in forms:
                if form in article.text:
                    canonical.setdefault(name, next(iter(_canonicals(article, form)), name))
    for want in expected["quotes"]:
        article = by_source[f"{want['source']:03d}" if isinstance(want["source"], int) else want["source"]]
        matches = [q for q in article.quotes
                   if any(piece.startswith(want["starts"]) for piece in _quoted_words(article.text[q.content_span.start:q.content_span.end]))]
        assert matches, f"no quote starting {want['starts']!r}"
        assert any(_speaker_matches(q, want["speaker"], canonical) for q in matches), (want, [(q.speaker, q.speaker_entity) for q in matches])


def test_timeline(report, expected):
    timeline = report.stories[0].timeline
    whens = {e.when for e in timeline}
    for want in expected["timeline"]:
        assert str(want["when"]) in whens, (want, sorted(whens))


def _fact_with(report, by_source, source, words):
    article = by_source[source]
    # The YAML writes straight apostrophes where a file may have curly ones (same length).
    start = article.text.replace("’", "'").find(words.replace("’", "'"))
    assert start >= 0, words
    for fact in report.stories[0].facts:
        for claim in fact.claims:
            if claim.span.article_id == article.id and claim.span.start <= start + len(words) and start <= claim.span.end:
                if fact.claims[0].kind in ("quantity", "quote") or len(fact.claims) > 1:
                    yield fact


# expected.yaml's verdict names, in DESIGN.md's vocabulary ("compatible-differing" is `differing`).
VERDICTS = {"peshawar-toll": "compatible", "mumbai-toll": "differing", "relief-money": "agree",
            "isi-haqqani": "agree", "mumbai-attribution": "framing", "no-discrimination": "agree"}
PARAPHRASE_GAP = pytest.mark.xfail(
    strict=True, reason="paraphrase with no shared words ('without discrimination' ~ 'won't differentiate') "
                        "needs sentence embeddings, not shipped yet")


@pytest.mark.parametrize("fact_id", [
    pytest.param(f, marks=PARAPHRASE_GAP) if f == "no-discrimination" else f for f in sorted(VERDICTS)
])
def test_facts(report, expected, by_source, fact_id):
    want = next(f for f in expected["facts"] if f["id"] == fact_id)
    assert VERDICTS[fact_id] == want["verdict"].split("-")[-1] or want["verdict"] == "compatible-differing"
    groups = [set(f.id for f in _fact_with(report, by_source, f"{c['source']:03d}" if isinstance(c["source"], int) else c["source"], c["text"].split(",")[0]))
              for c in want["claims"]]
    shared = set.intersection(*groups)
    assert shared, f"{fact_id}: the claims are not aligned"
    facts = [f for f in report.stories[0].facts if f.id in shared]
    assert VERDICTS[fact_id] in {f.verdict for f in facts}, [(f.verdict, f.reason) for f in facts]
    if any("denied_by" in c for c in want["claims"]):
        assert all("denied" in c.hedging for f in facts for c in f.claims), "both claims carry the denial"


def test_no_conflicts(report, expected):
    assert expected["conflicts"] == []
    assert [f for f in report.stories[0].facts if f.verdict == "conflict"] == []


def _key_words(description):
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{5,}|\d+", description)}


def test_unique_facts_reported_for_their_source(report, expected, by_source):
    facts = report.stories[0].facts
    for source, items in expected["unique"].items():
        article = by_source[source]
        only_here = [c.value for f in facts if f.verdict == "unique" for c in f.claims if c.span.article_id == article.id]
        for description in items:
            keys = _key_words(description)
            best = max((len(keys & _key_words(v)) for v in only_here), default=0)
            assert best >= max(1, len(keys) // 2), (source, description, keys)
