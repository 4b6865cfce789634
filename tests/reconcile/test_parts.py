"""A figure's words tell how much of a toll it states (reconcile/parts.py): false alarms of
issue 5 on hand-written fixtures, and the contradictions that must stay conflicts."""
from .test_conflicts import quantity_facts
from .test_reconcile import HARBOR, make


def verdicts(*articles):
    return [f.verdict for f in quantity_facts(*articles)]


def test_all_shot_bounds_the_killed_but_a_plain_count_still_conflicts():
    a = make("a", "A gunman entered the Elsworth harbor apartment and shot four people, killing one, police said.",
             quantities=[("four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    b = make("b", "A shooting at the Elsworth harbor apartment left one person dead and three others injured.",
             quantities=[("one person", 1, 1, "exact", "killed", "person")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "A shooting at the Elsworth harbor apartment left four people dead, police said.",
             quantities=[("four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    assert verdicts(c, b) == ["conflict"]


def test_wounded_counting_the_mortally_wounded_hold_the_injured_too():
    a = make("a", "A shootout at the Elsworth harbor church left six people wounded -- two mortally, police said.",
             quantities=[("six people", 6, 6, "exact", "injured", "people")], entities=HARBOR)
    b = make("b", "Shots at the Elsworth harbor church left two dead and four others injured, police said.",
             quantities=[("four others", 4, 4, "exact", "injured", "others")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Shots at the Elsworth harbor church left two dead and nine others injured, police said.",
             quantities=[("nine others", 9, 9, "exact", "injured", "others")], entities=HARBOR)
    assert verdicts(a, c) == ["conflict"]


def test_a_group_joined_to_another_is_a_part_of_the_toll():
    a = make("a", "The gunman at the Elsworth harbor bar injured both young men and a woman, the document says.",
             quantities=[("both young men", 2, 2, "exact", "injured", "men")], entities=HARBOR)
    b = make("b", "The shooting at the Elsworth harbor bar killed two people and injured three others.",
             quantities=[("three others", 3, 3, "exact", "injured", "others")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)


def test_a_reference_back_the_rest_of_a_group_or_the_dead_count_nobody_injured():
    a = make("a", "The stabbing victim from the Elsworth harbor fight is in stable condition.",
             quantities=[("The stabbing victim", 1, 1, "exact", "injured", "victim")], entities=HARBOR)
    b = make("b", "At the Elsworth harbor fight one is in critical condition and two others were treated.",
             quantities=[("two others", 2, 2, "exact", "injured", "others")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Police at the Elsworth harbor bar report One dead, others hurt in the shooting.",
             quantities=[("One", 1, 1, "exact", "injured", None)], entities=HARBOR)
    d = make("d", "Police at the Elsworth harbor bar say four people were hurt in the shooting.",
             quantities=[("four people", 4, 4, "exact", "injured", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)
    e = make("e", "The other eight people in the Elsworth harbor group were detained for questioning.",
             quantities=[("The other eight people", 8, 8, "exact", "arrested", "people")], entities=HARBOR)
    f = make("f", "The nine people of the Elsworth harbor group have all been detained by police.",
             quantities=[("nine people", 9, 9, "exact", "arrested", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(e, f)
    # "the two men" is a count, not a reference back
    g = make("g", "The two people of the Elsworth harbor group have all been detained by police.",
             quantities=[("The two people", 2, 2, "exact", "arrested", "people")], entities=HARBOR)
    assert verdicts(f, g) == ["conflict"]


def test_a_sum_over_a_period_is_no_toll():
    a = make("a", "Since October 2014, at least 15 children have been killed in Elsworth harbor shootings.",
             quantities=[("at least 15 children", 15, None, "at_least", "killed", "children")], entities=HARBOR)
    b = make("b", "A shooting at Elsworth harbor killed two children on Friday, police said.",
             quantities=[("two children", 2, 2, "exact", "killed", "children")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)


def test_officers_shot_one_fatally_bound_the_killed_and_the_rest_of_a_group_counts_nobody():
    a = make("a", "A man shot three police officers - one fatally - near Elsworth harbor on Saturday.",
             quantities=[("three", 3, 3, "exact", "killed", "officers")], entities=HARBOR)
    b = make("b", "Police at Elsworth harbor arrested a man suspected of fatally shooting one police officer.",
             quantities=[("one police officer", 1, 1, "exact", "killed", "officer")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "At Elsworth harbor one man died; the other three men were listed in stable condition.",
             quantities=[("three men", 3, 3, "exact", "injured", "men")], entities=HARBOR)
    d = make("d", "At Elsworth harbor a man was hit in the hand and two other men were taken to hospitals.",
             quantities=[("two other men", 2, 2, "exact", "injured", "men")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)


def test_a_part_told_with_including_is_no_toll():
    a = make("a", "Four juveniles -- including two children -- were injured at Elsworth harbor on Monday.",
             quantities=[("two children", 2, 2, "exact", "injured", "children")], entities=HARBOR)
    b = make("b", "A shooting at Elsworth harbor on Monday sent four children to the hospital.",
             quantities=[("four children", 4, 4, "exact", "injured", "children")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)


def test_more_victims_told_with_and_also_widen_the_figure_but_another_measure_does_not():
    a = make("a", "Police charged a man who wounded two children at Elsworth harbor, and also wounded an 18-year-old.",
             quantities=[("two children", 2, 2, "exact", "injured", "children")], entities=HARBOR)
    b = make("b", "A shooting at Elsworth harbor wounded four children, police said.",
             quantities=[("four children", 4, 4, "exact", "injured", "children")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Police charged a man who killed two children at Elsworth harbor, and also wounded an 18-year-old.",
             quantities=[("two children", 2, 2, "exact", "killed", "children")], entities=HARBOR)
    d = make("d", "A shooting at Elsworth harbor killed four children, police said.",
             quantities=[("four children", 4, 4, "exact", "killed", "children")], entities=HARBOR)
    assert verdicts(c, d) == ["conflict"]


def test_one_victim_described_after_the_first_figure_is_one_of_the_toll():
    a = make("a", "Gunfire wounded five on Friday. A 17-year-old male was also injured at the Elsworth harbor party.",
             quantities=[("five", 5, 5, "exact", "injured", None),
                         ("A 17-year-old male", 1, 1, "exact", "injured", "male")], entities=HARBOR)
    b = make("b", "Four other males were also injured at the Elsworth harbor party, police said.",
             quantities=[("Four other males", 4, 4, "exact", "injured", "males")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    # ... but a report whose toll is one described victim still contradicts four
    c = make("c", "A 17-year-old male was injured at the Elsworth harbor party, police said.",
             quantities=[("A 17-year-old male", 1, 1, "exact", "injured", "male")], entities=HARBOR)
    assert verdicts(b, c) == ["conflict"]


def test_people_counted_on_top_of_someone_are_a_part_of_the_toll():
    a = make("a", "The gunman shot his wife at the Elsworth harbor flats, then killed three more people on Sunday.",
             quantities=[("three", 3, 3, "exact", "killed", "people")], entities=HARBOR)
    b = make("b", "Four people were killed at the Elsworth harbor flats on Sunday by a gunman.",
             quantities=[("Four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Besides the driver, two other men were arrested at the Elsworth harbor flats on Sunday.",
             quantities=[("two", 2, 2, "exact", "arrested", "men")], entities=HARBOR)
    d = make("d", "Three men were arrested at the Elsworth harbor flats on Sunday, police said.",
             quantities=[("Three men", 3, 3, "exact", "arrested", "men")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)
    # "more than" is a bound of its own, not people on top of others
    e = make("e", "The gunman at the Elsworth harbor flats killed 2 more than police first said on Sunday.",
             quantities=[("2", 2, 2, "exact", "killed", None)], entities=HARBOR)
    assert verdicts(e, b) == ["conflict"]


def test_the_gunman_counted_among_the_dead_or_beside_them_is_one_apart():
    a = make("a", "Seven people, including the shooter, were killed at the Elsworth harbor apartments on Friday.",
             quantities=[("Seven people", 7, 7, "exact", "killed", "people")], entities=HARBOR)
    b = make("b", "The gunman fatally shot six people at the Elsworth harbor apartments on Friday.",
             quantities=[("six people", 6, 6, "exact", "killed", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "A student killed three people and himself at the Elsworth harbor apartments on Friday.",
             quantities=[("three people", 3, 3, "exact", "killed", "people")], entities=HARBOR)
    d = make("d", "Four people are dead after shootings at the Elsworth harbor apartments on Friday.",
             quantities=[("Four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)
    # ... but not two apart
    e = make("e", "Five people are dead after shootings at the Elsworth harbor apartments on Friday.",
             quantities=[("Five people", 5, 5, "exact", "killed", "people")], entities=HARBOR)
    assert verdicts(c, e) == ["conflict"]
