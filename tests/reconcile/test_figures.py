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
