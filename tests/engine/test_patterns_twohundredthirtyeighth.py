"""Readings of real US department readouts of stop 31 (State, Defense, Treasury, Commerce): a report
carried on past a sentence opened by "Rather," ("Rather, it aims to safeguard our national security …"),
and "reinforced that" with a that-clause ("Secretary Raimondo also reinforced that protecting national
security is not negotiable.").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Readout of Secretary Velin’s Call with Minister Task"


def test_rather_then_a_claim_carries_the_report_on():
    """"Secretary Raimondo also reiterated that national security is not negotiable and emphasized that the United
    States Government’s “small yard, high fence” approach is not about containing China’s economic development.
    Rather, it aims to safeguard our national security and values without unduly limiting trade and investment."
    (two-hundred-thirty-eighth us_commerce 2024-01-10): "Rather," is a connective, as "Instead," is; the claim
    after it goes on with the report."""
    body = (
        "Last night, Secretary of Trade Mara Velin held a call with Minister of Trade Oren Task. "
        "Secretary Velin also reiterated that security is not negotiable and emphasized that the approach is not "
        "about containing growth. Rather, it aims to safeguard our security without limiting trade."
    )
    assert_statements(body, [
        ("Mara Velin", "indirect", "Secretary Velin also reiterated that security is not negotiable and emphasized "
                                   "that the approach is not about containing growth."),
        ("Mara Velin", "indirect", "Rather, it aims to safeguard our security without limiting trade."),
    ], title=TITLE)


def test_rather_than_opening_a_narrative_stays_the_readouts():
    """Guard: "Rather than …," is no connective: "Rather than meet in Velbia, the ministers spoke by video link."
    after a report stays the readout's narrative (the two who met act)."""
    body = (
        "Secretary of Trade Mara Velin held a call with Minister of Trade Oren Task. "
        "Secretary Velin also reiterated that security is not negotiable. "
        "Rather than meet in Velbia, the two ministers spoke by video link."
    )
    result = assert_statements(body, [
        ("Mara Velin", "indirect", "Secretary Velin also reiterated that security is not negotiable."),
    ], title=TITLE)
    assert not any(s.text.startswith("Rather") and s.speaker for s in result.statements)


def test_reinforced_that_with_a_clause_speaks():
    """"Secretary Raimondo also reinforced that protecting national security is not negotiable." (two-hundred-
    thirty-eighth us_commerce 2023-11-16): "reinforced that" and a clause with its own verb = stressed again."""
    body = (
        "Secretary of Trade Mara Velin met with Minister of Trade Oren Task. "
        "Secretary Velin also reinforced that protecting national security is not negotiable."
    )
    assert_statements(body, [
        ("Mara Velin", "indirect", "Secretary Velin also reinforced that protecting national security is not negotiable."),
    ], title=TITLE)


def test_reinforced_that_partnership_stays_an_act():
    """Guard: "reinforced that partnership with funds that were new": "that" a determiner, then a noun and a
    preposition; a deed, no words."""
    body = (
        "Secretary of Trade Mara Velin met with Minister of Trade Oren Task. "
        "Secretary Velin also reinforced that partnership with funds that were new."
    )
    result = assert_statements(body, [], title=TITLE)
    assert not any(s.speaker for s in result.statements)
