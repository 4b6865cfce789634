"""Story figures: each independent source's main-incident figure, reconciled by vote."""
from consilience.reconcile.figures import consensus_casualties, consensus_figure, headline_tells_a_death


def test_story_figure_ties_go_to_the_largest():
    assert consensus_figure([("2021-05-02", 2), ("2021-05-03", 1)]) == 2  # the later report missed a victim
    assert consensus_figure([("2021-05-02", 2), ("2021-05-03", 3)]) == 3
    assert consensus_figure([("2021-05-02", 1), ("2021-05-02", 1), ("2021-05-03", 2)]) == 1  # most sources win
    assert consensus_figure([("2021-05-02", None), (None, 0)]) == 0


def test_story_figures_read_an_early_wounded_victim_as_the_later_dead():
    # the early report's wounded victim is the one the later reports count dead
    assert consensus_casualties([("2016-01-01", (0, 1)), ("2016-01-03", (1, 0))]) == (1, 0)
    assert consensus_casualties([("2016-01-01", (1, 3)), ("2016-01-02", (2, 2)), ("2016-01-05", (2, 2))]) == (2, 2)
    # a source that missed the death without naming more wounded keeps its figure
    assert consensus_casualties([("2016-01-01", (0, 0)), ("2016-01-02", (1, 2)), ("2016-01-03", (1, 2))]) == (1, 2)


def test_a_later_report_headlined_with_a_death_tells_of_the_wounded_who_died():
    wounded = [("2015-03-18", (0, 1), False), ("2015-03-18", (0, 1), False)]
    assert consensus_casualties(wounded + [("2015-03-19", (1, 0), True)]) == (1, 0)
    # without a headline telling of the death, or on the same day as the others, the majority stands
    assert consensus_casualties(wounded + [("2015-03-19", (1, 0), False)]) == (0, 1)
    assert consensus_casualties(wounded + [("2015-03-18", (1, 0), True)]) == (0, 1)
    # ... and so it does for a death of other victims than the reports counted
    assert consensus_casualties(wounded + [("2015-03-19", (2, 0), True)]) == (0, 1)
    assert headline_tells_a_death("10-Year-Old Girl Dies After Being Shot")
    assert not headline_tells_a_death("Girl accidentally shot by brother")


def _reported(aid, text, killed, injured, quantities, published="2021-05-02", outlet=None, entities=()):
    from dataclasses import replace

    from consilience.model import Casualties

    from .test_reconcile import make
    return replace(make(aid, text, published=published, quantities=quantities, entities=entities),
                   casualties=Casualties(killed, injured),
                   outlet=outlet or aid)


def test_story_figures_are_what_independent_sources_state_each_cited_to_its_span():
    from consilience.model import SourceGroup
    from consilience.reconcile.figures import story_figures

    from .test_reconcile import story_of
    a = _reported("a", "Two people were killed and one hurt at Elsworth harbor.", 2, 1,
                  [("Two people", 2, 2, "exact", "killed", "people"), ("one", 1, 1, "exact", "injured", None)])
    b = _reported("b", "A shooting at Elsworth harbor left two dead and a woman injured.", 2, 1,
                  [("two", 2, 2, "exact", "killed", None)])
    c = _reported("c", "One man died at Elsworth harbor; three were wounded.", 1, 3,
                  [("One man", 1, 1, "exact", "killed", "man"), ("three", 3, 3, "exact", "injured", None)])
    figures = {f.measure: f for f in story_figures(story_of(a, b, c), [a, b, c])}
    killed = figures["killed"]
    assert killed.value == 2 and "2 of 3" in killed.reason and "1 (c)" in killed.reason
    assert [(s.article_id, a.text[s.start:s.end] if s.article_id == "a" else b.text[s.start:s.end])
            for s in killed.citations] == [("a", "Two people"), ("b", "two")]
    # b gives the injured figure without a number in its text: only a's span is cited
    assert figures["injured"].value == 1 and [s.article_id for s in figures["injured"].citations] == ["a"]
    # a reprint of one wire story is one source, not a second voice for its figure
    wire = SourceGroup("w", ("a", "b"), "same text")
    assert "killed" not in {f.measure for f in story_figures(story_of(a, b, c, groups=[wire]), [a, b, c])}


def test_one_source_among_several_gives_no_story_figure():
    # a visit's report recalls one attack's toll, another report another attack's
    from consilience.reconcile.figures import story_figures

    from .test_reconcile import story_of
    a = _reported("a", "The 2008 Mumbai attacks killed 166 people.", 166, 0,
                  [("166 people", 166, 166, "exact", "killed", "people")])
    b = _reported("b", "The school attack killed 134 children.", 134, 0,
                  [("134 children", 134, 134, "exact", "killed", "children")])
    assert story_figures(story_of(a, b), [a, b]) == ()
    # ... nor a dispute: the story's facts do not compare the two tolls
    from consilience.reconcile import reconcile_story
    assert story_figures(story_of(a, b), [a, b], reconcile_story(story_of(a, b), [a, b])) == ()
    assert [f.value for f in story_figures(story_of(a), [a])] == [166]  # a story of one source gives its own


def test_sources_stating_different_figures_of_one_event_show_a_dispute():
    from consilience.reconcile import reconcile_story
    from consilience.reconcile.figures import story_figures

    from .test_reconcile import HARBOR, story_of
    a = _reported("a", "Four people were injured in a shooting at the Elsworth harbor bar on Sunday.", 0, 4,
                  [("Four people", 4, 4, "exact", "injured", "people")], entities=HARBOR)
    b = _reported("b", "Three people were injured in a shooting at the Elsworth harbor bar on Sunday.", 0, 3,
                  [("Three people", 3, 3, "exact", "injured", "people")], entities=HARBOR)
    story = story_of(a, b)
    facts = reconcile_story(story, [a, b])
    assert any(f.verdict == "conflict" for f in facts)
    [figure] = story_figures(story, [a, b], facts)
    assert figure.disputed and figure.value == 4 and "4 (a), 3 (b)" in figure.reason
    assert [s.article_id for s in figure.citations] == ["a", "b"]
    # without the facts comparing them, two sources' figures may be of two events: no figure
    assert story_figures(story, [a, b]) == ()
