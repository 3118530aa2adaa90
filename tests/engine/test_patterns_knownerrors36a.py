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


COUNCIL_TITLE = "The Security Council chaired by the President considered the situation in the economy"


def test_the_general_fund_is_a_thing_and_the_report_goes_on():
    """"Prime Minister Denys Shmyhal spoke about the situation in the economy. According to him, today Ukraine's
    international reserves amount to … . Revenues of the general fund of the state budget for 2021 increased by UAH
    206.5 billion. Currently, the single treasury account …" (three-hundred-forty-third ukraine_president 72529):
    "general" before a noun is an adjective, no general as a new person who ends the Prime Minister's report."""
    body = (
        "President Ivan Dorosh held a meeting of the Security Council.\n\n"
        "Prime Minister Petro Mazur spoke about the situation in the economy. According to him, today the reserves "
        "amount to more than $ 30 billion. Revenues of the general fund of the state budget for 2021 increased by "
        "UAH 206.5 billion. Currently, the account has a total of over UAH 55 billion."
    )
    assert_statements(body, [
        ("Petro Mazur", "indirect", "Prime Minister Petro Mazur spoke about the situation in the economy."),
        ("Petro Mazur", "indirect", "According to him, today the reserves amount to more than $ 30 billion."),
        ("Petro Mazur", "indirect", "Revenues of the general fund of the state budget for 2021 increased by UAH 206.5 "
                                    "billion."),
        ("Petro Mazur", "indirect", "Currently, the account has a total of over UAH 55 billion."),
    ], title=COUNCIL_TITLE)


def test_the_general_who_speaks_and_the_head_of_the_general_staff_stay_people():
    """Guard: "the general said", "The head of the general staff noted" name people as before."""
    body = (
        "President Ivan Dorosh held a meeting of the Security Council.\n\n"
        "General Oleh Marko reported on the situation at the front. The general said that the line is holding.\n\n"
        "Chief of the General Staff Pavlo Riaboi spoke next. The head of the general staff noted that the reserves "
        "are ready."
    )
    assert_statements(body, [
        ("Oleh Marko", "indirect", "General Oleh Marko reported on the situation at the front."),
        ("Oleh Marko", "indirect", "The general said that the line is holding."),
        ("Pavlo Riaboi", "indirect", "The head of the general staff noted that the reserves are ready."),
    ], title=COUNCIL_TITLE)


CALL_TITLE = "The President spoke with the President of the Council"


def test_supported_a_gerund_with_a_bare_noun_and_whom_it_bears_on_is_a_statement():
    """"Charles Michel also supported increasing pressure on the Russian regime to end the war." (three-hundred-
    thirty-sixth ukraine_president 74433): a course of action backed, as "supported stepping up the work on …", the
    gerund's noun bare, then whom it bears on."""
    body = (
        "President Ivan Dorosh spoke with President of the Council Karl Vane.\n\n"
        "Karl Vane also supported increasing pressure on the aggressor regime to end the war."
    )
    assert_statements(body, [
        ("Karl Vane", "indirect", "Karl Vane also supported increasing pressure on the aggressor regime to end the war."),
    ], title=CALL_TITLE)


def test_supported_a_noun_of_ing_with_no_preposition_stays_narrative():
    """Guard: "Karl Vane supported housing projects in the region." (a noun in -ing, no one it bears on after its
    noun) stays an act, no statement."""
    body = (
        "President Ivan Dorosh spoke with President of the Council Karl Vane.\n\n"
        "Karl Vane supported housing projects in the region."
    )
    assert_statements(body, [], title=CALL_TITLE)
