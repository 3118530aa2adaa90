"""Readings of the sixteenth styles set (benchmarks/styles16): invented readouts in the styles of the corpus's own
sources (a Kremlin-like and a Belarus-presidency-like press service, a Ukrainian-president-like site, White-House-like
readouts) in forms its sets show less often.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_each_leader_is_a_group():
    """"Each leader highlighted the progress achieved …" (sixteenth styles joint readout trap): each of the three
    leaders in turn, no one of them; as "each side"."""
    body = (
        "Today, President Oren Vask of Kaldoria, Prime Minister Mira Tal of Vestra, and President Ivo Brenn of "
        "Sardia met in Tarvik.\n\n"
        "Each leader highlighted the progress achieved since their first meeting.\n\n"
        "Each Foreign Minister noted the work of the joint commission."
    )
    assert_statements(body, [], title="Joint readout of the trilateral meeting")


def test_a_leader_after_each_meeting_still_speaks():
    """Guard: "After each meeting, President Vask stressed …": "each" before a comma opens no subject."""
    body = (
        "President Oren Vask of Kaldoria met Prime Minister Mira Tal of Vestra in Tarvik.\n\n"
        "After each meeting, President Vask stressed the value of regular contacts."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "After each meeting, President Vask stressed the value of regular contacts."),
    ], title="President Vask met Prime Minister Tal")
