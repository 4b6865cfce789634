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


def test_a_tally_of_a_month_is_no_toll():
    a = make("a", "At least 80 people were killed at Elsworth harbor in November alone.", published="2016-12-19",
             quantities=[("At least 80 people", 80, None, "at-least", "killed", "people")], entities=HARBOR)
    b = make("b", "Four people were killed at Elsworth harbor on Saturday afternoon.", published="2016-12-17",
             quantities=[("Four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    assert "update" not in verdicts(a, b) and "conflict" not in verdicts(a, b)


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


def test_a_condition_belongs_to_the_figure_it_follows_with_no_other_count_between():
    a = make("a", "At the Elsworth harbor bar three of the men suffered non-life-threatening injuries and another was "
                  "taken to the hospital in critical condition.",
             quantities=[("three", 3, 3, "exact", "injured", "men")], entities=HARBOR)
    b = make("b", "After the Elsworth harbor bar shooting, one man is in critical condition.",
             quantities=[("one man", 1, 1, "exact", "injured", "man")], entities=HARBOR)
    assert verdicts(a, b) == ["compatible"]
    c = make("c", "In total, five men and four women were injured at the Elsworth harbor bar -- one in critical "
                  "condition and seven in good condition.",
             quantities=[("four women", 4, 4, "exact", "injured", "women")], entities=HARBOR)
    d = make("d", "One woman from the Elsworth harbor bar was taken to a hospital in critical condition.",
             quantities=[("One woman", 1, 1, "exact", "injured", "woman")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)


def test_injured_in_different_conditions_are_different_parts_but_one_condition_must_agree():
    a = make("a", "Two other people were critically wounded in the Elsworth harbor shooting.",
             quantities=[("Two other people", 2, 2, "exact", "injured", "people")], entities=HARBOR)
    b = make("b", "Three victims of the Elsworth harbor shooting remained at the hospital Monday night.",
             quantities=[("Three victims", 3, 3, "exact", "injured", "victims")], entities=HARBOR)
    assert verdicts(a, b) == ["compatible"]
    c = make("c", "Three people were critically wounded in the Elsworth harbor shooting.",
             quantities=[("Three people", 3, 3, "exact", "injured", "people")], entities=HARBOR)
    assert verdicts(a, c) == ["conflict"]
    # those released from the hospital are some of the injured
    d = make("d", "Two victims of the Elsworth harbor shooting have been released from the hospital.",
             quantities=[("Two victims", 2, 2, "exact", "injured", "victims")], entities=HARBOR)
    e = make("e", "Nine people were wounded in the Elsworth harbor shooting, police said.",
             quantities=[("Nine people", 9, 9, "exact", "injured", "people")], entities=HARBOR)
    assert verdicts(d, e) == ["compatible"]


def test_a_group_joined_before_the_figure_or_by_a_possessive_is_a_part_of_the_toll():
    a = make("a", "A 3-month-old baby and four other people are in the hospital after the Elsworth harbor shooting.",
             quantities=[("four other people", 4, 4, "exact", "injured", "people")], entities=HARBOR)
    b = make("b", "Five people were wounded in the Elsworth harbor shooting, police said.",
             quantities=[("Five people", 5, 5, "exact", "injured", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Two people were wounded in the Elsworth harbor shooting, police said.",
             quantities=[("Two people", 2, 2, "exact", "injured", "people")], entities=HARBOR)
    assert verdicts(a, c) == ["conflict"]
    d = make("d", "A man who police say shot two mothers and their daughters to death at Elsworth harbor had a record.",
             quantities=[("two mothers", 2, 2, "exact", "killed", "mothers")], entities=HARBOR)
    e = make("e", "The Elsworth harbor shooting spree that left four dead shocked the town.",
             quantities=[("four", 4, 4, "exact", "killed", None)], entities=HARBOR)
    assert "conflict" not in verdicts(d, e)


def test_one_more_victim_told_with_another_died_at_the_scene_or_some_of_the_injured_are_parts():
    a = make("a", "One man from the Elsworth harbor club was listed in stable condition. Another man, 35, was taken "
                  "by a friend to the hospital.",
             quantities=[("One man", 1, 1, "exact", "injured", "man"), ("Another man", 1, 1, "exact", "injured", "man")],
             entities=HARBOR)
    b = make("b", "Four men were rushed to the hospital after the Elsworth harbor club shooting.",
             quantities=[("Four men", 4, 4, "exact", "injured", "men")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "At the Elsworth harbor club one person was pronounced dead at the scene, police said.",
             quantities=[("one person", 1, 1, "exact", "killed", "person")], entities=HARBOR)
    d = make("d", "Two are dead and two are in critical condition after the Elsworth harbor club shooting.",
             quantities=[("Two", 2, 2, "exact", "killed", None)], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)
    e = make("e", "Three of the men shot at the Elsworth harbor club were treated at a hospital.",
             quantities=[("Three", 3, 3, "exact", "injured", "men")], entities=HARBOR)
    f = make("f", "Five men were wounded at the Elsworth harbor club on Sunday.",
             quantities=[("Five men", 5, 5, "exact", "injured", "men")], entities=HARBOR)
    assert "conflict" not in verdicts(e, f)


def test_a_first_victim_and_shootings_across_a_city_s_sides_are_no_toll():
    a = make("a", "Police identified the gunman's first victim at the Elsworth harbor house.",
             quantities=[("first victim", 1, 1, "exact", "killed", "victim")], entities=HARBOR)
    b = make("b", "Four people were killed at the Elsworth harbor house on Tuesday.",
             quantities=[("Four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "At least 11 people were wounded in Elsworth harbor shootings on the North, West and South sides.",
             quantities=[("At least 11 people", 11, None, "at-least", "injured", "people")], entities=HARBOR)
    d = make("d", "Bullets cut through the Elsworth harbor neighborhood, wounding three people.",
             quantities=[("three people", 3, 3, "exact", "injured", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)


def test_the_gunman_turning_the_gun_on_himself_or_a_suspected_shooter_counted_are_one_apart():
    a = make("a", "A student who fatally shot three people at Elsworth harbor before turning the gun on himself left a note.",
             quantities=[("three people", 3, 3, "exact", "killed", "people")], entities=HARBOR)
    b = make("b", "The Elsworth harbor rampage led to the deaths of four people on Tuesday.",
             quantities=[("four people", 4, 4, "exact", "killed", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "The Elsworth harbor shooting left seven people dead including the suspected shooter.",
             quantities=[("seven people", 7, 7, "exact", "killed", "people")], entities=HARBOR)
    d = make("d", "A gunman killed six people in the Elsworth harbor shooting.",
             quantities=[("six people", 6, 6, "exact", "killed", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)


def test_tolls_of_days_more_than_a_week_apart_are_not_aligned():
    a = make("a", "A shooting at Elsworth harbor killed three men late on July 4, police said.", published="2016-07-05",
             quantities=[("three men", 3, 3, "exact", "killed", "men")], times=[("July 4", "2016-07-04", "shooting")],
             entities=HARBOR)
    b = make("b", "A man was shot and killed at Elsworth harbor on July 20, police said.", published="2016-07-20",
             quantities=[("A man", 1, 1, "exact", "killed", "man")], times=[("July 20", "2016-07-20", "shot")],
             entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "A shooting at Elsworth harbor killed one man on July 5, police said.", published="2016-07-05",
             quantities=[("one man", 1, 1, "exact", "killed", "man")], times=[("July 5", "2016-07-05", "shooting")],
             entities=HARBOR)
    assert verdicts(a, c) == ["conflict"]


def test_joined_groups_add_up_when_their_number_is_told_but_a_clause_of_its_own_is_no_group():
    a = make("a", "A 3-month-old baby and four other people are in the hospital after the Elsworth harbor shooting.",
             quantities=[("four other people", 4, 4, "exact", "injured", "people")], entities=HARBOR)
    b = make("b", "Eight people were wounded in the Elsworth harbor shooting, police said.",
             quantities=[("Eight people", 8, 8, "exact", "injured", "people")], entities=HARBOR)
    assert verdicts(a, b) == ["conflict"]
    c = make("c", "Two were also injured in the Elsworth harbor shooting along with four other people.",
             quantities=[("Two", 2, 2, "exact", "injured", None)], entities=HARBOR)
    d = make("d", "Six people were injured in the Elsworth harbor shooting, police said.",
             quantities=[("Six people", 6, 6, "exact", "injured", "people")], entities=HARBOR)
    assert verdicts(c, d) == ["agree"]
    # "a man was in critical condition and two other victims ...": two clauses, not one group of three
    e = make("e", "Police at Elsworth harbor said a man was in critical condition and two other victims were stable.",
             quantities=[("a man", 1, 1, "exact", "injured", "man")], entities=HARBOR)
    f = make("f", "At Elsworth harbor two were in good condition while one man was in critical condition.",
             quantities=[("one man", 1, 1, "exact", "injured", "man")], entities=HARBOR)
    assert verdicts(e, f) == ["agree"]


def test_others_beside_someone_in_a_condition_are_a_part_but_not_the_figure_s_own_condition():
    a = make("a", "One man is in critical condition and three others are injured after the Elsworth harbor shooting.",
             quantities=[("three others", 3, 3, "exact", "injured", "others")], entities=HARBOR)
    b = make("b", "Four people were injured in the Elsworth harbor shooting, police said.",
             quantities=[("Four people", 4, 4, "exact", "injured", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "The Elsworth harbor shooting killed a man and seriously wounded three others.",
             quantities=[("three others", 3, 3, "exact", "injured", "others")], entities=HARBOR)
    d = make("d", "The Elsworth harbor shooting killed a man and seriously wounded six others.",
             quantities=[("six others", 6, 6, "exact", "injured", "others")], entities=HARBOR)
    assert verdicts(c, d) == ["conflict"]


def test_a_plural_toll_word_counts_the_dead_in_general():
    a = make("a", "Police are investigating two homicides at the Elsworth harbor flats.",
             quantities=[("two homicides", 2, 2, "exact", "killed", "homicides")], entities=HARBOR)
    b = make("b", "Seven people were killed in a shooting at the Elsworth harbor flats.",
             quantities=[("Seven people", 7, 7, "exact", "killed", "people")], entities=HARBOR)
    assert verdicts(a, b) == ["conflict"]


def test_a_main_toll_of_men_counts_everyone_but_one_of_children_may_be_a_part():
    a = make("a", "Four men were shot and killed at the Elsworth harbor house late Wednesday.",
             quantities=[("Four men", 4, 4, "exact", "killed", "men")], entities=HARBOR)
    b = make("b", "Nine people were shot and killed at the Elsworth harbor house late Wednesday.",
             quantities=[("Nine people", 9, 9, "exact", "killed", "people")], entities=HARBOR)
    assert verdicts(a, b) == ["conflict"]
    c = make("c", "Four children were shot and killed at the Elsworth harbor house late Wednesday.",
             quantities=[("Four children", 4, 4, "exact", "killed", "children")], entities=HARBOR)
    assert verdicts(c, b) == ["compatible"]


def test_the_groups_a_reason_names_are_words_a_reader_knows():
    a = make("a", "The gunman killed two relatives at the Elsworth harbor house, police said.",
             quantities=[("two relatives", 2, 2, "exact", "killed", "relatives")], entities=HARBOR)
    b = make("b", "The gunman killed two teenagers at the Elsworth harbor house, police said.",
             quantities=[("two teenagers", 2, 2, "exact", "killed", "teenagers")], entities=HARBOR)
    [fact] = quantity_facts(a, b)
    assert "relative vs teenager" in fact.reason
    c = make("c", "Le Truong was killed at the Elsworth harbor house, police said.",
             quantities=[("Le Truong", 1, 1, "exact", "killed", "Le Truong")], entities=HARBOR)
    [fact] = quantity_facts(b, c)
    assert "named victim" in fact.reason and "truong" not in fact.reason.split("):")[0]


def test_wounded_among_whom_some_died_count_the_dead_too():
    a = make("a", "Police said 10 people were wounded at the Elsworth harbor parade. One of the victims was killed.",
             quantities=[("10 people", 10, 10, "exact", "injured", "people")], entities=HARBOR)
    b = make("b", "Nine people were wounded and one killed at the Elsworth harbor parade, police said.",
             quantities=[("Nine people", 9, 9, "exact", "injured", "people")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Police said 10 people were wounded at the Elsworth harbor parade. The shooter fled.",
             quantities=[("10 people", 10, 10, "exact", "injured", "people")], entities=HARBOR)
    assert verdicts(c, b) == ["conflict"]


def test_a_group_joined_with_a_shared_verb_or_a_named_person_is_a_part_of_the_toll():
    a = make("a", "Authorities say two city police officers and a sheriff's deputy died at Elsworth harbor.",
             quantities=[("two city police officers", 2, 2, "exact", "killed", "officers")], entities=HARBOR)
    b = make("b", "Three officers were killed at Elsworth harbor on Sunday, police said.",
             quantities=[("Three officers", 3, 3, "exact", "killed", "officers")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "Officials said he killed two officers -- Ann Lee and Bo Park -- and Deputy Cy Ruiz at Elsworth harbor.",
             quantities=[("two officers", 2, 2, "exact", "killed", "officers")], entities=HARBOR)
    assert "conflict" not in verdicts(c, b)
    e = make("e", "Two officers — 32-year-old Ann Lee Smith and 41-year-old Bo Park Jones — and 45-year-old Deputy Cy Ruiz "
                  "were killed at Elsworth harbor.",
             quantities=[("Two officers", 2, 2, "exact", "killed", "officers")], entities=HARBOR)
    assert "conflict" not in verdicts(e, b)
    # a joined group of another measure is no part of this one
    d = make("d", "The gunman killed two officers and a deputy wounded at Elsworth harbor, police said.",
             quantities=[("two officers", 2, 2, "exact", "killed", "officers")], entities=HARBOR)
    assert verdicts(d, b) == ["conflict"]


def test_other_suspects_and_those_in_custody_are_some_of_the_arrested():
    a = make("a", "A judge at the Elsworth harbor court heard the cases of two other men charged in the shooting.",
             quantities=[("two", 2, 2, "exact", "arrested", "men")], entities=HARBOR)
    b = make("b", "Three men were charged in the Elsworth harbor shooting, the court said.",
             quantities=[("Three men", 3, 3, "exact", "arrested", "men")], entities=HARBOR)
    assert "conflict" not in verdicts(a, b)
    c = make("c", "One man is in custody after the Elsworth harbor shooting, police said.",
             quantities=[("One man", 1, 1, "exact", "arrested", "man")], entities=HARBOR)
    d = make("d", "Police announced the arrest of two men in the Elsworth harbor shooting.",
             quantities=[("two men", 2, 2, "exact", "arrested", "men")], entities=HARBOR)
    assert "conflict" not in verdicts(c, d)
    # ... but arrests told plainly still contradict
    e = make("e", "Police arrested one man in the Elsworth harbor shooting.",
             quantities=[("one man", 1, 1, "exact", "arrested", "man")], entities=HARBOR)
    assert verdicts(e, d) == ["conflict"]
