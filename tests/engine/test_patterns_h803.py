"""Statements found by helper h803 (known errors of labelled sets, no new set):
- "Mr X was greeted by <ACRONYM>'s President Y. "…", said the President.": Y, named holding the office, says the
  quotation, not the untitled X named first (before, the readout's untitled principal took every bare "the
  President", a reading meant for "Vladimir Putin met …; the President said").

Each test is a small invented readout (invented people and bodies); the rule's test fails without it, and the guards
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_said_the_president_is_the_organisations_head_named_with_the_office():
    """Before, "We are glad to see you here" was Tomas Ravel's, the untitled guest named first."""
    assert_statements((
        "Mr Tomas Ravel was greeted by AGFD's President Lena Ostrova.\n\n"
        "“We are glad to see you here,” said the President."
    ), [
        ("Lena Ostrova", "direct", "We are glad to see you here"),
    ])


def test_the_untitled_principal_stays_the_president_beside_a_countrys_president():
    """Guard: "Kazakhstan's President" is a country's, not an organisation's: the untitled writer stays "the
    President" (the Kremlin's "Vladimir Putin met …; the President said")."""
    assert_statements((
        "Vladimir Putin met with Kazakhstan's President Kassym Tomarov.\n\n"
        "“We are glad to see you here,” said the President."
    ), [
        ("Vladimir Putin", "direct", "We are glad to see you here"),
    ])
