"""Statements found by helper h858 (sixhundredfortythird, Trend News Agency of Azerbaijan and its items as other
sites print them):
- "The minister also brought Tarvel’s attention to the fact that …": telling written "brought <someone's>
  attention to", or "brought the attention of <someone> to", as "drew the attention of … to" and "brought to the
  attention of …" (before, no one's statement).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_brought_a_listeners_attention_to_the_fact_is_telling():
    assert_statements((
        "Foreign Minister Odan Merel and Secretary General Ivo Tarvel held a telephone conversation on May 4.\n\n"
        "The minister also brought Tarvel’s attention to the fact that the tension in the region stems from the "
        "occupation of the Velsk valley."
    ), [
        ("Odan Merel", "indirect", "The minister also brought Tarvel’s attention to the fact that the tension in "
                                   "the region stems from the occupation of the Velsk valley."),
    ])


def test_brought_the_attention_of_a_listener_to_a_matter_is_telling():
    assert_statements((
        "Foreign Minister Odan Merel received Ambassador Lise Tarn on June 2.\n\n"
        "Odan Merel brought the attention of the ambassador to the situation on the border with Kestria."
    ), [
        ("Odan Merel", "indirect", "Odan Merel brought the attention of the ambassador to the situation on the "
                                   "border with Kestria."),
    ])


def test_brought_a_delegation_to_a_place_is_no_statement():
    """Guard: "brought the delegation's members to the museum", people taken somewhere, says nothing."""
    assert_statements((
        "Mayor Orin Vask received a delegation led by Ambassador Lise Tarn on May 9.\n\n"
        "Mayor Orin Vask brought the delegation's members to the museum of the city."
    ), [])
