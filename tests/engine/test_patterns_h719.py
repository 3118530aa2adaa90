"""Readings of fivehundredthirtyeighth (the Government of Flanders' English news): a labelled quotation ("Minister-president
X: "…"") that the page's own narrative follows in the same paragraph after the quotation's closing mark.

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_labelled_quotation_ends_at_its_closing_mark_before_narrative():
    """`Minister-president X: "… in Tarnelle.” The Ostby trade office …`: the quotation (opened with a straight mark,
    closed with a curly one) is his; the sentence after its closing mark is the page's narrative, no one's."""
    words = ("On the one hand, the new office will deepen our ties with the coastal provinces. On the other hand it "
             "will serve as a liaison with the harbour authority, which is based in Tarnelle.")
    body = ("The Government of Ostby decided on 3 May to open an office in Tarnelle.\n\n"
            f"Minister-president Varnholt: \"{words}\u201d The Ostby trade office in Lusk works closely with the "
            "harbour authority and often hosts its delegations.\n")
    assert_statements(body, [("Varnholt", "direct", words)])


def test_labelled_quotation_filling_its_paragraph_is_unchanged():
    """Guard: `President X: “…”` with nothing after the closing mark stays his words, that paragraph only."""
    words = "I feel that the work of the council has been useful in all circumstances."
    body = ("President Ardeline Vosk met the council's members in Tarnelle on Monday.\n\n"
            f"President Vosk: \u201c{words}\u201d\n")
    assert_statements(body, [("Ardeline Vosk", "direct", words)])
