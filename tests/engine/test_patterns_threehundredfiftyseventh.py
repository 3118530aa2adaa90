"""Readings of real Kremlin text of stop 36 (three-hundred-fifty-seventh): news items of February 2002.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_censured_is_a_stance_voiced():
    """"The President censured the Russian Olympic Committee … for their passive attitude …" (three-hundred-fifty-seventh
    kremlin 42415): a criticism voiced by one person, as "condemned" / "criticised"."""
    body = (
        "President Oren Vask met sports officials in Vestra on Monday.\n\n"
        "The President censured the national sports committee for its passive attitude at the Games."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President censured the national sports committee for its passive attitude at the Games."),
    ], title="President Oren Vask met sports officials")


def test_found_it_surprising_is_a_view_stated():
    """"He also found it surprising that all ice hockey competitions … were judged only by NHL referees."
    (three-hundred-fifty-seventh kremlin 42415): one person's judgement of "it", as "considered it important";
    "find" spoke only before "fault with"."""
    body = (
        "President Oren Vask met sports officials in Vestra on Monday.\n\n"
        "President Vask found it surprising that all the matches were judged by referees from one league."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President Vask found it surprising that all the matches were judged by referees from one league."),
    ], title="President Oren Vask met sports officials")


def test_found_without_a_judgement_stays_narrative():
    """Guard: "found it in the archive", "found time to visit" have no judging adjective: no statement."""
    body = (
        "President Oren Vask visited the national library in Vestra on Monday.\n\n"
        "President Vask found it in the old archive and found time to visit the reading room."
    )
    assert_statements(body, [], title="President Oren Vask visited the library")


def test_was_not_sure_is_a_belief_stated():
    """"At the same time, the President was not sure that either goal had been achieved." (three-hundred-fifty-seventh
    kremlin 26964): one person's doubt, as "was sure that" denied."""
    body = (
        "President Oren Vask met the judges of Kaldoria in Vestra on Monday.\n\n"
        "At the same time, the President was not sure that either goal had been achieved."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "At the same time, the President was not sure that either goal had been achieved."),
    ], title="President Oren Vask met the judges")


def test_not_sure_of_a_thing_without_a_person_stays_narrative():
    """Guard: "The outcome was not certain." has no person before it and no clause after it: no statement."""
    body = (
        "President Oren Vask met the judges of Kaldoria in Vestra on Monday.\n\n"
        "The outcome of the vote was not certain until the evening."
    )
    assert_statements(body, [], title="President Oren Vask met the judges")


def test_said_this_answering_journalists_is_only_the_occasion():
    """"The President said this answering journalists’ questions after a meeting …" (three-hundred-fifty-seventh kremlin
    26964): only when and where he spoke (what he said came before), as "said this during …"; no statement."""
    body = (
        "President Oren Vask met the judges of Kaldoria in Vestra on Monday.\n\n"
        "The President urged the courts to work faster.\n\n"
        "The President said this answering journalists’ questions after the meeting."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President urged the courts to work faster."),
    ], title="President Oren Vask met the judges")


def test_said_this_was_a_view_still_speaks():
    """Guard: "The President said this was the right answer to the journalists." is his statement: "this" is the
    subject of a clause, no participle of speaking after it."""
    body = (
        "President Oren Vask met the judges of Kaldoria in Vestra on Monday.\n\n"
        "The President said this was the right answer to the journalists."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President said this was the right answer to the journalists."),
    ], title="President Oren Vask met the judges")
