"""Readings of known errors of the labelled President of Ukraine held-out sets (stop 36): "X called A, B, …, and C
among the most important tasks" (eighth ukraine_president 72253), priorities stated in a list with commas; "In
particular, as noted by X, …" (thirty-third ukraine_president 72557), a source fronted as "According to X" is.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

BOARD_TITLE = "The President took part in the board meeting of the Security Service"


def test_called_a_list_among_the_most_important_tasks_is_a_statement():
    """"Zelenskyy called the protection of national interests and statehood, resisting Russian aggression and hybrid
    war, protection of critical infrastructure, and counterintelligence among the most important tasks for next
    year." (eighth ukraine_president 72253): priorities stated, as "named … among priorities", the list running
    over commas."""
    body = (
        "President Ivan Dorosh took part in the board meeting of the Security Service.\n\n"
        "\"We have done many important things,\" Dorosh said. Dorosh called the protection of national interests, "
        "resisting hybrid war, protection of critical infrastructure, and counterintelligence among the most "
        "important tasks for next year."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "direct", "We have done many important things"),
        ("Ivan Dorosh", "indirect", "Dorosh called the protection of national interests, resisting hybrid war, "
                                    "protection of critical infrastructure, and counterintelligence among the most "
                                    "important tasks for next year."),
    ], title=BOARD_TITLE)


def test_a_call_among_his_own_first_tasks_stays_narrative():
    """Guard: "Dorosh called the Minister of Defence …, among his first tasks in office" is a telephone call counted
    among his own tasks, no priorities stated."""
    body = (
        "President Ivan Dorosh took part in the board meeting of the Security Service.\n\n"
        "Dorosh called the Minister of Defence Oleh Marko on Monday, among his first tasks in office."
    )
    assert_statements(body, [], title=BOARD_TITLE)


DELEGATION_TITLE = "The Ukrainian delegation discussed cooperation in France"


def test_as_noted_by_a_person_opening_a_sentence_is_his_statement():
    """"In particular, as noted by Minister of Infrastructure Oleksandr Kubrakov, at a meeting with representatives of
    Alstom the details of the purchase of locomotives … was discussed." (thirty-third ukraine_president 72557): the
    passive's agent after "as", fronted after an opener (or opening the sentence), the source of its words, as
    "According to X, …" is."""
    body = (
        "The Ukrainian delegation held a series of talks in France.\n\n"
        "In particular, as noted by Minister of Infrastructure Ivan Petrenko, at a meeting with representatives of "
        "a rail company the details of the purchase of locomotives were discussed. As stated by Deputy Minister Olha "
        "Marchuk, the talks on energy will go on in May."
    )
    assert_statements(body, [
        ("Ivan Petrenko", "indirect", "In particular, as noted by Minister of Infrastructure Ivan Petrenko, at a "
                                      "meeting with representatives of a rail company the details of the purchase of "
                                      "locomotives were discussed."),
        ("Olha Marchuk", "indirect", "As stated by Deputy Minister Olha Marchuk, the talks on energy will go on in May."),
    ], title=DELEGATION_TITLE)


def test_as_noted_by_after_a_main_clause_or_as_requested_by_stays_narrative():
    """Guard: ", as noted by X," after a main clause of its own ("The talks went well, as noted by X, and the sides
    signed …"), "as requested by X" (no words said) and the byline "As stated by Spokesperson X:" before a
    statement's words stay as they were: no statement."""
    body = (
        "The Ukrainian delegation held a series of talks in France.\n\n"
        "The talks went well, as noted by Ivan Petrenko, and the sides signed a memorandum. In particular, as "
        "requested by Olha Marchuk, the details of the purchase were discussed.\n\n"
        "As stated by Spokesperson Ivan Petrenko:"
    )
    assert_statements(body, [], title=DELEGATION_TITLE)
