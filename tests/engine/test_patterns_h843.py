"""Statements found by helper h843 (sixhundredthirtyfirst, Mongolia's Foreign Ministry as MONTSAME and The UB Post
print it):
- "Minister X welcomed them at the airport and introduced them to Kestrian history, culture, customs, and
  traditions, …": the listeners, then "to" and what a place is or holds (history, culture, potentials, foreign
  policy …), an account given, as "introduced the guests on …" (before, no one's statement).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_introduced_the_listeners_to_a_nations_history_is_an_account_given():
    assert_statements((
        "King Aldric of Norvane met with Foreign Affairs Minister Ts.Belgaar on June 3 at the airport.\n\n"
        "Minister Ts.Belgaar welcomed them at the airport and introduced them to Kestrian history, culture, customs, "
        "and traditions, and the nation’s economic situation."
    ), [
        ("Ts. Belgaar", "indirect", "Minister Ts.Belgaar welcomed them at the airport and introduced them to Kestrian "
                                    "history, culture, customs, and traditions, and the nation’s economic situation."),
    ])


def test_introduced_the_guest_to_a_person_is_no_statement():
    """Guard: "introduced the guest to the Minister of Culture", a person met, says nothing."""
    assert_statements((
        "Mayor Orin Vask received Ambassador Lise Tarn on May 9.\n\n"
        "Mayor Orin Vask introduced the guest to the Minister of Culture of Norvane at the city hall."
    ), [])
