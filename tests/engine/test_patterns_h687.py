"""Statements found by helper h687's set fivehundredfifteenth (the Pacific Community and the GCC General Secretariat):
a sentence that opens "For X" and goes straight on to X's quoted words ("For Colin Tukuitonga “the relationship … is
unique …”.") frames one person's view, as "According to X, “…”": X's statement.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = ("The Secretariat of the Reef Community today hosted Mme Odile Marchetti, President of the Government of "
          "Lorvane, for a working session with its senior management.")
_QUOTED = ("For Tevita Lomasi “the relationship between the Secretariat and Lorvane is unique. Our Organisation has been "
           "part of Lorvane’s history for sixty years and I am proud that it is a meeting place for the whole region”.")
_QUOTED_COMMA = ("For Director-General Tevita Lomasi, “the relationship between the Secretariat and Lorvane is unique "
                 "and it will grow stronger with every joint programme”.")


def test_for_a_person_then_a_quotation_is_his_statement():
    """"For X “…”." with no speech verb: X's words (as "According to X, “…”", the sentence read whole)."""
    assert_statements(
        _VISIT + "\n\n" + _QUOTED,
        [("Tevita Lomasi", "indirect", _QUOTED)],
    )


def test_for_an_office_and_name_a_comma_then_a_quotation_is_his_statement():
    """"For Director-General X, “…”.": the comma before the quotation changes nothing."""
    assert_statements(
        _VISIT + "\n\n" + _QUOTED_COMMA,
        [("Tevita Lomasi", "indirect", _QUOTED_COMMA)],
    )


def test_for_a_place_or_a_time_then_a_quotation_guard():
    """Guard: "For Lorvane, “…”" (a place) and "For the first time, …" name no person: no statement."""
    assert_statements(
        _VISIT + "\n\n" + "For Lorvane, “the joint programme” is a first step. For the first time, “the reef plan” "
        "was set out in full.",
        [],
    )
