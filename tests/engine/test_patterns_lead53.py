"""Statements checked by the lead of stop 53 after merging h859 (a two-word name turned round is one person):
the name shown is the one with a known given name first, as English writes it, whichever form came first.

Each test is a small invented readout (invented people); the first two fail without the rule, the guard keeps a
name whose words are no known given names as first seen.
"""
from __future__ import annotations

from readout_tui.engine import attribute


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in attribute(text).statements]


def test_a_doubled_transcript_label_family_name_first_then_the_english_order():
    text = ("Ilse Marand: Mr Vorontsov, go ahead, please.\n\n"
            "Director General of State Corporation Aerokosmos Dmitry Vorontsov Vorontsov Dmitry: Mr President, we are "
            "very grateful to the city for this initiative.\n\n"
            "Ilse Marand: Good.\n\n"
            "Dmitry Vorontsov: I would like to remind you that the plant was to be relocated.")
    assert _speakers(text) == ["Ilse Marand", "Dmitry Vorontsov", "Ilse Marand", "Dmitry Vorontsov"]


def test_a_family_name_first_list_then_the_english_order_in_a_report():
    text = ("Participants: Vorontsov Dmitry, head of the agency.\n\n"
            "President Ilse Marand met the agency's head.\n\n"
            "Dmitry Vorontsov said that the plant would stay.")
    assert _speakers(text) == ["Dmitry Vorontsov"]


def test_a_name_with_no_known_given_name_keeps_the_first_form():
    """Guard: neither word a known given name ("Tarvek Ulmo", then "Ulmo Tarvek"): the first form stays."""
    text = ("Participants: Tarvek Ulmo, head of the agency.\n\n"
            "President Ilse Marand met the agency's head.\n\n"
            "Ulmo Tarvek said that the plant would stay.")
    assert _speakers(text) == ["Tarvek Ulmo"]
