"""Rules from the invented styles and hard sets' remaining errors (helper h603), each a construction real readouts
have too: invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_measures_named_by_count_are_stated():
    """"Radoslava X named three measures that the Ministry proposes for the second half of the year:" (hard45
    velimorye_president_meeting_economy_minister): measures and proposals put, counted, as "The President named five
    main objectives facing the Ministry" (two-hundred-sixty-second kremlin 41929) and "named several steps" already
    were. Before, the lead was given to no one."""
    body = ("President Ivo Marr had a working meeting with Minister of Finance Lena Osk.\n\n"
            "Lena Osk named two measures that the Ministry proposes for next year.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "Lena Osk named two measures that the Ministry proposes for next year."),
    ])


def test_a_measure_named_after_someone_stays_narrative():
    """The guard: "named" with no count or article of the kinds of point before the noun (a thing given a name, "named
    the measures after …" of no number; a bridge named after a poet) stays narrative."""
    body = ("President Ivo Marr had a working meeting with Minister of Finance Lena Osk.\n\n"
            "Lena Osk named the new bridge after a poet of Tarnia.")
    assert_statements(body, [])


def test_she_is_not_a_man_named_tomas():
    """"Vice President Marta X met … Foreign Minister Tomas Y … The former underscored … She emphasized …" (hard36
    ossander_readout_vice_president_quellen_ministers): Tomas, the Lithuanian and Spanish Thomas (Tomáš of the White
    House's readouts of the Czech NSA Tomáš Pojar, Tomasz of Polish ones), is a man's name, so "she" is the Vice
    President, not the last subject. Before, the unsexed Tomas was taken for "she"."""
    body = ("Vice President Marta Quell met today with Foreign Minister Tomas Rand of Calvia.\n\n"
            "The Foreign Minister underscored that the patrol mission had reduced attacks by half.\n\n"
            "She emphasized that the Administration would provide training to the coast guard.")
    assert_statements(body, [
        ("Tomas Rand", "indirect",
         "The Foreign Minister underscored that the patrol mission had reduced attacks by half."),
        ("Marta Quell", "indirect",
         "She emphasized that the Administration would provide training to the coast guard."),
    ])


def test_he_after_a_woman_is_still_tomas():
    """The guard: "he" after the Vice President's words is still the Foreign Minister named Tomas."""
    body = ("Vice President Marta Quell met today with Foreign Minister Tomas Rand of Calvia.\n\n"
            "The Vice President thanked the Foreign Minister for the patrol mission.\n\n"
            "He stressed that the mission had reduced attacks by half.")
    assert_statements(body, [
        ("Marta Quell", "indirect", "The Vice President thanked the Foreign Minister for the patrol mission."),
        ("Tomas Rand", "indirect", "He stressed that the mission had reduced attacks by half."),
    ])
