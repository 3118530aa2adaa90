"""Statements found by helper h685's set fivehundredthirteenth (the ASEAN Secretariat): after a person's indirect
statement reported with "that", a sentence that opens with a short phrase and a comma, then "he would …" / "she would …",
is the "would" of reported speech, that person's words going on.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Ambassador Orla Venstrup presented her Letter of Credence to Secretary-General Tamsin Achterberg today."
_ACK = ("Ambassador Venstrup acknowledged that the Association has been playing an important role in keeping the "
        "region stable.")
_WOULD = ("With her country's new status of Dialogue Partner, she would work closely with the Member States to explore "
          "cooperation in areas of mutual interest.")


def test_opening_phrase_then_she_would_carries_on_her_reported_speech():
    """"X acknowledged that … . With …, she would work closely with …": both sentences her indirect statements."""
    assert_statements(
        _MEETING + "\n\n" + _ACK + " " + _WOULD,
        [("Orla Venstrup", "indirect", _ACK), ("Orla Venstrup", "indirect", _WOULD)],
    )


def test_opening_phrase_then_she_would_guard_new_paragraph():
    """Guard: in a new paragraph, with no statement of hers before it in that paragraph, the sentence is not carried
    on."""
    assert_statements(
        _MEETING + "\n\n" + _ACK + "\n\n" + _WOULD,
        [("Orla Venstrup", "indirect", _ACK)],
    )
