"""Statements found by helper h694 (known errors of the labelled sets, stop 48): general patterns the engine still got
wrong in the lowest-scoring sets.

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_names_paired_by_respectively_with_a_two_word_country():
    """"to Ostrelian and United Quinvar ambassadors, A and B respectively": a country of two words ("United States",
    "New Zealand") pairs as one of one word does, so "The Ostrelian diplomat said also that …" is A's (before, the
    pairing was not read and the sentence was nobody's)."""
    assert_statements((
        "The President of the Republic, Edric Pollhammer, granted separate audiences Thursday to Ostrelian and United "
        "Quinvar ambassadors, Ilonka Verdaschke and Timofej Aaskelund respectively in the Presidential Palace.\n\n"
        "Speaking to journalists after the meeting, Ambassador Ilonka Verdaschke acknowledged the deep links between "
        "the two countries.\n\n"
        "The Ostrelian diplomat said also that her country regarded Varnmoor as its gateway to the south."
    ), [
        ("Ilonka Verdaschke", "indirect", "Speaking to journalists after the meeting, Ambassador Ilonka Verdaschke "
                                          "acknowledged the deep links between the two countries."),
        ("Ilonka Verdaschke", "indirect", "The Ostrelian diplomat said also that her country regarded Varnmoor as its "
                                          "gateway to the south."),
    ])
