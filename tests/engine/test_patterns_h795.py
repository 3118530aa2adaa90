"""Statements found by helper h795's set fivehundredninetyeighth (IFAD and UNFPA, two UN funds' own releases):
- "Mr X was greeted by <ACRONYM>'s President. "…", said the President.": the organisation's own head, whom the
  release never names, says the quotation, not the untitled guest named first (before, the readout's untitled
  principal took every bare "the President", and the guest lost "the Secretary-General" to a second speaker).

Each test is a small invented readout (invented people and bodies); the rule's test fails without it, and the guards
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_GREETED = (
    "AGFD was honoured to welcome the Secretary-General to its headquarters. Mr Tomas Ravel was greeted by "
    "AGFD's President. \"We are glad to receive you here\", said the President.\n\n"
    "In his address to staff, the Secretary-General thanked staff for their warm welcome."
)


def test_said_the_president_is_the_organisations_unnamed_head_not_the_guest():
    """Before, "We are glad to receive you here" was Tomas Ravel's, and "the Secretary-General" another speaker."""
    assert_statements(_GREETED, [
        ("The President", "direct", "We are glad to receive you here"),
        ("Tomas Ravel", "indirect",
         "In his address to staff, the Secretary-General thanked staff for their warm welcome."),
    ])


def test_the_acronyms_president_named_after_it_is_that_person():
    """Guard: "AGFD's President Lena Ostrova" names the head (a titled guest before her): "said the President" is she."""
    assert_statements((
        "Secretary-General Tomas Ravel was greeted by AGFD's President Lena Ostrova. \"We are glad to receive you "
        "here\", said the President."
    ), [
        ("Lena Ostrova", "direct", "We are glad to receive you here"),
    ])
