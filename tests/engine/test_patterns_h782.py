"""Statements found by helper h782's set fivehundredeightysixth (Nagasaki in Japan's English press): a wire's dateline in
mixed case whose agency is named with "Press" in brackets and whose double hyphen is glued to the bracket and to the
sentence ("Velmora, Aug. 2 (Harrow Press)--Velmora Mayor X said Friday that …") is no one's words: the statement opens
with its speaker.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_press_wires_glued_dateline_is_left_out_of_the_first_statement():
    """"Velmora, Aug. 2 (Harrow Press)--Velmora Mayor X said …": the statement opens at "Velmora Mayor" (before, the
    dateline was read into it)."""
    assert_statements((
        "Velmora, Aug. 2 (Harrow Press)--Velmora Mayor Dorin Vasquel said Friday that he will share his concern "
        "over the harbour at a ceremony next week.\n\n"
        "\"We will keep working for peace,\" Vasquel said at a press conference."
    ), [
        ("Dorin Vasquel", "indirect",
         "Velmora Mayor Dorin Vasquel said Friday that he will share his concern over the harbour at a ceremony next week."),
        ("Dorin Vasquel", "direct", "We will keep working for peace,"),
    ])


def test_a_spaced_dash_after_initials_still_ends_the_dateline():
    """The earlier form, initials and a spaced double hyphen ("Velmora, Aug. 2 (HPA) -- "), is read as before."""
    assert_statements((
        "Velmora, Aug. 2 (HPA) -- Velmora Mayor Dorin Vasquel said that the harbour will reopen in May."
    ), [
        ("Dorin Vasquel", "indirect", "Velmora Mayor Dorin Vasquel said that the harbour will reopen in May."),
    ])

