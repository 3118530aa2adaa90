"""Patterns found by the fortyninth held-out set (real Kremlin news readouts, Dmitry
Medvedev, October 2010).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_and_inside_a_forums_name_joins_no_person():
    """"VII Forum of Creative and Scientific Intellectuals of the Northern Member States": the
    'and' joins the words of the forum's name, so "Scientific Intellectuals of the Northern
    Member States" is no person the title names, and "The President" is the President who
    took part, not that phantom."""
    title = "VII Forum of Creative and Scientific Intellectuals of the Northern Member States"
    body = (
        "Ivan Dorov took part in the VII Forum of Creative and Scientific Intellectuals of the Northern "
        "Member States.\n\n"
        "The President noted in his address that modernisation is a common priority for the northern "
        "states. Ivan Dorov called on the forum’s participants to restore the broken production chains."
    )
    assert_statements(body, [
        ("Ivan Dorov", "indirect",
         "The President noted in his address that modernisation is a common priority for the northern "
         "states."),
        ("Ivan Dorov", "indirect",
         "Ivan Dorov called on the forum’s participants to restore the broken production chains."),
    ], title=title)


def test_and_before_a_titled_or_bare_name_still_joins_people():
    """The rule leaves people after such an 'and' alone: a titled name ("the Union of
    Northern Writers and Chairman Pavel Orlov") and a bare one ("… and Pavel Orlov", no "of"
    after it) are people who may speak."""
    body = (
        "Ivan Dorov met with the Union of Northern Writers and Chairman Pavel Orlov.\n\n"
        "Chairman Orlov thanked the President for the meeting."
    )
    assert_statements(body, [
        ("Pavel Orlov", "indirect", "Chairman Orlov thanked the President for the meeting."),
    ])
