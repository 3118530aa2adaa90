"""Statements found by helper h789's set fivehundredninetysecond (Singapore's Ministry of Foreign Affairs' press
statements):
- "X also shared with Y his recent discussions on …" is X's statement: his talks with others told to the one met, as
  "shared his assessment of …" (lexicon, "shared");
- "X called on and was hosted to lunch by Y today." is a courtesy call with its object left to the verb after "and",
  no appeal of X's (lexicon, "called on").

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_shared_with_someone_his_discussions_is_a_statement():
    """Before, "shared with Y his recent discussions on …" was no statement."""
    assert_statements((
        "Minister for Foreign Affairs Arden Kolt met the Special Envoy Maro Vessin.\n\n"
        "Minister Kolt also shared with Mr Vessin his recent discussions on Tarvia with Foreign Minister Ilse Brandt "
        "in Lorsk."
    ), [
        ("Arden Kolt", "indirect",
         "Minister Kolt also shared with Mr Vessin his recent discussions on Tarvia with Foreign Minister Ilse Brandt "
         "in Lorsk."),
    ])


def test_shared_discussions_of_a_group_stay_narrative():
    """Guard: "the two Ministers shared their discussions …" is a group; no statement."""
    assert_statements((
        "Minister Arden Kolt met the Special Envoy Maro Vessin. The two Ministers shared their recent discussions "
        "on Tarvia."
    ), [])


def test_called_on_and_was_hosted_to_lunch_is_no_appeal():
    """Before, "X called on and was hosted to lunch by Y today." was X's statement."""
    assert_statements((
        "Minister of the International Department of the Vesland Party Oru Tamsin called on and was hosted to lunch "
        "by Minister for Foreign Affairs Dr Arden Kolt today.  Minister Tamsin is visiting Marlow at the invitation "
        "of Minister Kolt.\n\n"
        "Minister Tamsin expressed appreciation for Marlow's contributions to regional cooperation."
    ), [
        ("Oru Tamsin", "indirect",
         "Minister Tamsin expressed appreciation for Marlow's contributions to regional cooperation."),
    ])


def test_called_on_and_urged_stays_an_appeal():
    """Guard: "X called on and urged all parties to …" is still X's appeal."""
    assert_statements((
        "Foreign Minister Arden Kolt called on and urged all parties to exercise restraint."
    ), [
        ("Arden Kolt", "indirect", "Foreign Minister Arden Kolt called on and urged all parties to exercise restraint."),
    ])
