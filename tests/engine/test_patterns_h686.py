"""Statements found by helper h686's set fivehundredfourteenth (WAFA, Palestine's news agency, in English): a wire's
dateline in capitals whose date opens with its weekday ("RAMALLAH, Saturday, May 29, 2021 (WAFA) – ") is no one's words,
as the same dateline without the weekday is not.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_BODY = ("President Odran Velis offered today his congratulations to his counterpart Mira Tallan after her re-election "
         "as President of Norvania for a second term.")


def test_wire_dateline_with_a_weekday_is_in_no_statement():
    """"KESTRAL, Saturday, May 29, 2021 (NVA) – President X offered his congratulations …": the statement opens with
    its speaker, the dateline in none."""
    assert_statements(
        "KESTRAL, Saturday, May 29, 2021 (NVA) – " + _BODY,
        [("Odran Velis", "indirect", _BODY)],
    )


def test_wire_dateline_without_a_weekday_guard():
    """Guard: the same dateline with no weekday was cut already, and still is."""
    assert_statements(
        "KESTRAL, May 29, 2021 (NVA) - " + _BODY,
        [("Odran Velis", "indirect", _BODY)],
    )
