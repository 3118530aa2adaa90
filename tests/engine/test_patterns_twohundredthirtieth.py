"""Patterns found by the two-hundred-thirtieth held-out set (real Kremlin readouts, June 2017).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_festival_is_an_event_not_a_person():
    """"Vladimir Putin sent his greetings to everyone taking part in the 28th Kinotavr Open Russian Film
    Festival." then "The President said, in particular, in his message: “…”" (two-hundred-thirtieth
    54726): "Film Festival" is an event's name, as "Forum" is, not a Mr Film Festival who takes "the
    President" and the quoted message."""
    body = (
        "President Anton Brask sent his greetings to everyone taking part in the 12th Vestgard Open Norlandic "
        "Film Festival.\n\n"
        "The President said, in particular, in his message:\n\n"
        "“The festival remains a vivid event in our country’s cultural life.\n\n"
        "I am sure that this year’s programme will be remembered”.\n\n"
        "The festival takes place in Norgard on June 7−14."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Anton Brask sent his greetings to everyone taking part in the 12th "
                                    "Vestgard Open Norlandic Film Festival."),
        ("Anton Brask", "direct", "The festival remains a vivid event in our country’s cultural life."),
        ("Anton Brask", "direct", "I am sure that this year’s programme will be remembered"),
    ], title="Greetings to the 12th Vestgard Film Festival")


def test_a_nations_adjective_inside_an_events_name_in_the_title():
    """The title "Greetings to the 28th Kinotavr Open Russian Film Festival" (two-hundred-thirtieth 54726):
    untitled words, a nation's adjective, then words ending in an event's word are one event's name,
    not a Mr Kinotavr Open of Russia who takes "The President said … in his message:"."""
    body = (
        "President Anton Brask sent his greetings to everyone taking part in the Vestgard Open Russian "
        "Film Festival.\n\n"
        "The President said, in particular, in his message:\n\n"
        "“The festival remains a vivid event in our country’s cultural life.”"
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Anton Brask sent his greetings to everyone taking part in the "
                                    "Vestgard Open Russian Film Festival."),
        ("Anton Brask", "direct", "The festival remains a vivid event in our country’s cultural life."),
    ], title="Greetings to the 12th Vestgard Open Russian Film Festival")


def test_a_nations_adjective_after_a_name_with_an_office_stays_a_person():
    """Guard: "Ivo Lund Russian Ambassador" (an office after the nation's adjective) and a name that
    ends the run are people still; only a run that ends in a body's or an event's word is a body."""
    body = (
        "Ambassador Ivo Lund met with President Anton Brask.\n\n"
        "Ambassador Lund said the new consulate would open in May."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Ambassador Lund said the new consulate would open in May."),
    ], title="Meeting with Ivo Lund Russian Ambassador")


def test_a_person_heading_a_festival_still_speaks():
    """Guard: the head of a festival, named, is a person ("Ivo Lund, director of the Vestgard Film
    Festival, said …"); only the event's own name stops being one."""
    body = (
        "President Anton Brask visited the Vestgard Film Festival.\n\n"
        "Ivo Lund, director of the Vestgard Film Festival, said the festival would open a new hall next year."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Ivo Lund, director of the Vestgard Film Festival, said the festival would open "
                                 "a new hall next year."),
    ], title="Visit to the Vestgard Film Festival")
