"""Readings of real Kremlin text of stop 32: a transcript label whose aside stands after its colon
and takes a colon of its own ("German Foreign Minister Frank-Walter Steinmeier: (retranslated): Thank
you very much, …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Meeting with Kastravian Foreign Minister Ilse Marrow"


def test_an_aside_with_its_own_colon_after_the_label_belongs_to_the_label():
    """"German Foreign Minister Frank-Walter Steinmeier: (retranslated): Thank you very much, Mr President, for
    this warm welcome." (three-hundred-second 51557): the aside "(retranslated)" and its colon close the
    label, as "X (retranslated): …" does; the speaker's words begin after the second colon."""
    body = (
        "Oren Vask met with Kastravian Foreign Minister Ilse Marrow.\n\n"
        "President of Velmaria Oren Vask: Madam Minister, welcome.\n\n"
        "Kastravian Foreign Minister Ilse Marrow: (retranslated): Thank you very much, Mr President, for this warm welcome.\n\n"
        "I am pleased that we once again have the chance to exchange views."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Madam Minister, welcome."),
        ("Ilse Marrow", "direct", "Thank you very much, Mr President, for this warm welcome."),
        ("Ilse Marrow", "direct", "I am pleased that we once again have the chance to exchange views."),
    ], title=TITLE)


def test_an_aside_with_no_colon_of_its_own_stays_in_the_turn():
    """Guard: "(laughing) That is true." after the label's colon has no colon of its own: the turn's words,
    the aside with them, as before."""
    body = (
        "Oren Vask met with Kastravian Foreign Minister Ilse Marrow.\n\n"
        "President of Velmaria Oren Vask: Madam Minister, welcome.\n\n"
        "Kastravian Foreign Minister Ilse Marrow: (laughing) That is true, Mr President: we meet often."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Madam Minister, welcome."),
        ("Ilse Marrow", "direct", "(laughing) That is true, Mr President: we meet often."),
    ], title=TITLE)
