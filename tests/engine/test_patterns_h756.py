"""Statements found by helper h756's mends of the forty-ninth stop's real sets: an undotted "HE" (His Excellency)
before a name ("The President of the Republic of X, HE Y Z W, today received …"; fivehundredfiftyseventh).

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_undotted_he_before_a_name_is_his_excellency():
    """"The Minister of Trade of Norland, HE Talvo Brenn Asko, today received …": "HE" before two words written as a
    name's is His Excellency, the name is the office's holder, and "the Minister" later is he; before, "HE" read as the
    pronoun and the Minister was never named, so his statements had no speaker."""
    assert_statements((
        "The Minister of Trade of Norland, HE Talvo Brenn Asko, today received the Ambassador of Sudria, Amb. Mira "
        "Quell, at his office.\n\n"
        "First, the Minister of Trade of Norland, briefed the Ambassador on the reforms that have taken place since "
        "2010. The Minister welcomed the Ambassador to a country that is open for business.\n\n"
        "For her part, the Ambassador thanked the Minister for the warm welcome."
    ), [
        ("Talvo Brenn Asko", "indirect", "First, the Minister of Trade of Norland, briefed the Ambassador on the "
                                         "reforms that have taken place since 2010."),
        ("Talvo Brenn Asko", "indirect", "The Minister welcomed the Ambassador to a country that is open for "
                                         "business."),
        ("Mira Quell", "indirect", "For her part, the Ambassador thanked the Minister for the warm welcome."),
    ])

