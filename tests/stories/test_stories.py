"""Story grouping on small hand-written articles (invented places and people)."""
import random

from consilience.model import Article, Entity, Span
from consilience.stories import (StoryIndex, canonical_order, complete_year, fill_from_story,
                                 find_source_groups, group_stories)


def art(id, text, title=None, published=None, origin=None, basis=None, **kw):
    return Article(id=id, origin=origin or f"https://{id}.example.org/news/{id}", text=text,
                   title=title, published=published,
                   published_basis=basis or ("metadata" if published else None), **kw)


# Two shootings in one city a week apart, different victims, streets and counts.
SHOOTING_A = [
    art("a1", "Two men were killed and one woman was wounded late Friday in a shooting on Calloway "
              "Avenue in Marlow Heights, police said. The victims were identified as Dorian Pekkala, 24, "
              "and Ansel Viret, 31. Detectives said the gunman fled in a grey sedan.",
        "Two killed, one wounded in Calloway Avenue shooting", "2021-03-05"),
    art("a2", "Police in Marlow Heights identified Dorian Pekkala and Ansel Viret as the two men killed "
              "in Friday's shooting on Calloway Avenue. A woman wounded in the attack is in stable "
              "condition. No arrests have been made.",
        "Calloway Avenue shooting victims named", "2021-03-06"),
    art("a3", "A suspect was arrested Monday in the Calloway Avenue double homicide that killed Dorian "
              "Pekkala and Ansel Viret in Marlow Heights, police said. The grey sedan was found abandoned.",
        "Arrest in Calloway Avenue double homicide", "2021-03-08"),
]
SHOOTING_B = [
    art("b1", "Five people were wounded Saturday night when shots were fired into a crowd outside a "
              "bowling alley on Tesker Road in Marlow Heights, police said. Among the wounded was "
              "Maribel Osterholt, 17. Police said the shooter used a rifle.",
        "Five wounded in shooting outside Tesker Road bowling alley", "2021-03-13"),
    art("b2", "Marlow Heights police released video Sunday of the man they believe opened fire outside "
              "the Tesker Road bowling alley, wounding five people including Maribel Osterholt.",
        "Police release video in Tesker Road bowling alley shooting", "2021-03-14"),
]
OTHER = [
    art("c1", "The Marlow Heights council approved a new budget for the public library on Tuesday, adding "
              "weekend hours and a mobile reading van for the eastern districts.",
        "Council approves library budget", "2021-03-09"),
    art("c2", "Heavy rain flooded the lower Fennick valley on Wednesday, closing three bridges and the "
              "regional rail line. Forecasters expect the river to crest on Friday.",
        "Floods close bridges in Fennick valley", "2021-03-10"),
]
WIRE_TEXT = ("A cargo ship carrying grain ran aground off the coast of Velmora early on Thursday, the port "
             "authority said, and salvage crews were working to refloat it before the next high tide. "
             "None of the twenty crew members was hurt, according to the shipping company, which said the "
             "vessel had lost engine power in heavy seas. Environmental officials said there was no sign "
             "of a fuel leak but that a monitoring boat would remain at the site through the weekend.")
WIRE = [
    art("w1", WIRE_TEXT, "Grain ship runs aground off Velmora", "2021-03-11", "https://one.example.com/a"),
    art("w2", "VELMORA (Agency) - " + WIRE_TEXT + "\n\nRead more local news on our site.",
        "Cargo ship aground off Velmora coast", "2021-03-11", "https://two.example.net/b"),
    art("w3", WIRE_TEXT.replace("early on Thursday", "on Thursday morning") + " Copyright the agency.",
        "Ship aground near Velmora", "2021-03-12", "https://three.example.com/c"),
]
ALL = SHOOTING_A + SHOOTING_B + OTHER + WIRE


def clusters(stories):
    return sorted(tuple(sorted(s.articles)) for s in stories)


def test_same_kind_different_events_kept_apart():
    got = clusters(group_stories(ALL))
    assert ("a1", "a2", "a3") in got
    assert ("b1", "b2") in got
    assert ("w1", "w2", "w3") in got
    assert ("c1",) in got and ("c2",) in got


def test_story_fields():
    stories = {s.articles: s for s in group_stories(ALL)}
    a = stories[("a1", "a2", "a3")]
    assert a.first_seen == "2021-03-05" and a.last_seen == "2021-03-08"
    assert "Calloway Avenue" in a.title
    assert a.id.startswith("s-")
    assert [s.first_seen for s in group_stories(ALL)] == sorted(s.first_seen for s in group_stories(ALL))


def test_wire_copies_one_source_group():
    groups = find_source_groups(ALL)
    assert [g.articles for g in groups] == [("w1", "w2", "w3")]
    assert groups[0].reason
    story = next(s for s in group_stories(ALL) if "w1" in s.articles)
    assert [g.articles for g in story.source_groups] == [("w1", "w2", "w3")]


def test_order_independence_batch_and_incremental():
    reference = group_stories(ALL)
    for seed in range(5):
        shuffled = list(ALL)
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == reference
        index = StoryIndex()
        for a in shuffled:
            index.add(a)
        assert clusters(index.stories()) == clusters(reference)


def test_incremental_add_returns_story_id():
    index = StoryIndex()
    ids = [index.add(a) for a in canonical_order(ALL)]
    assert ids[0] == ids[1] == ids[2]
    assert index.add(ALL[0]) == ids[0]  # adding again changes nothing
    assert {s.id for s in index.stories()} == set(ids)
    assert len(index) == len(ALL)


def test_article_with_no_date_joins_its_story():
    undated = art("a4", "Mourners gathered on Calloway Avenue in Marlow Heights for Dorian Pekkala and Ansel "
                        "Viret, the two men killed in the shooting, as police continued to question the suspect.",
                  "Vigil for Calloway Avenue shooting victims")
    stories = group_stories(ALL + [undated])
    story = next(s for s in stories if "a4" in s.articles)
    assert set(story.articles) == {"a1", "a2", "a3", "a4"}
    alone = group_stories([undated])
    assert len(alone) == 1 and alone[0].first_seen is None


def test_year_filled_from_story():
    partial = art("a5", "Marlow Heights police said the Calloway Avenue gunman who killed Dorian Pekkala and "
                        "Ansel Viret fled in a grey sedan.", "Calloway Avenue gunman fled in sedan",
                  "--03-07", basis="text")
    arts = ALL + [partial]
    stories = group_stories(arts)
    filled = {a.id: a for a in fill_from_story(arts, stories)}
    assert filled["a5"].published == "2021-03-07"
    assert filled["a5"].published_basis == "story"
    assert filled["a1"] == ALL[0]


def test_complete_year_picks_nearest():
    from datetime import date
    days = [date(2015, 1, 2).toordinal(), date(2015, 1, 4).toordinal()]
    assert complete_year((12, 30), days) == 2014
    assert complete_year((1, 13), days) == 2015
    assert complete_year((1, 13), []) is None


def test_annotations_used_when_present():
    ent = Entity(canonical="Dorian Pekkala", type="PERSON", mentions=(Span("a1", 0, 1),))
    with_entities = [a if a.id != "a1" else Article(**{**a.__dict__, "entities": (ent,)}) for a in ALL]
    story = next(s for s in group_stories(with_entities) if "a1" in s.articles)
    assert story.entities == ("Dorian Pekkala",)


def test_story_dates_refreshed_after_fill():
    from consilience.stories import refresh_story_dates
    early = art("a0", "Police in Marlow Heights said Dorian Pekkala and Ansel Viret were shot on Calloway Avenue "
                      "by a gunman who fled in a grey sedan.", "Calloway Avenue shooting", "--03-04", basis="text")
    arts = ALL + [early]
    stories = group_stories(arts)
    story = next(s for s in stories if "a0" in s.articles)
    assert story.first_seen == "2021-03-05"
    filled = fill_from_story(arts, stories)
    assert refresh_story_dates(story, filled).first_seen == "2021-03-04"
