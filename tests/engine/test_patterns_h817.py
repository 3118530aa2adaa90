"""Statements found by helper h817's mends of known errors in labelled sets: a short numbered heading on a line of
its own over the paragraph it heads ("3. Energy policy" / "Ivo Tarn expressed …"), kept a paragraph of its own by the
.txt loader, so the sentence under it keeps its speaker.

Each test is a small invented readout (invented people and places); each fails without its rule.
"""
from __future__ import annotations

from readout_tui.loading import parse_document

from .test_patterns import assert_statements


def test_a_numbered_heading_on_its_own_line_does_not_swallow_the_speaker_below_it():
    """"2. Trade and energy" / "Ivo Tarn expressed …" (before: one paragraph, "2. Trade and energy Ivo Tarn …" no one's)."""
    document = parse_document(
        "Talks in Varnholm\n\n"
        "Prime Minister Mira Tosk met Ivo Tarn, the Eldan envoy, on Monday.\n\n"
        "1. The border\n"
        "The Prime Minister thanked the envoy for the swift reopening of the crossings.\n\n"
        "2. Trade and energy\n"
        "Ivo Tarn expressed strong interest in joint gas storage.\n"
    )
    assert_statements(document.body, [
        ("Mira Tosk", "indirect", "The Prime Minister thanked the envoy for the swift reopening of the crossings."),
        ("Ivo Tarn", "indirect", "Ivo Tarn expressed strong interest in joint gas storage."),
    ], title=document.title)
