"""Readings a set of twelve United Nations Secretary-General's readouts showed the engine missing (the set is kept
outside the repository: the UN's terms of use forbid redistributing its pages):
a feeling passed on with "shared" ("In all of them, he shared his deep alarm about the situation in …"), voiced as
"expressed his alarm" is.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALLS = ("Foreign Minister Dorian Kelst made a number of telephone calls today, including with the Foreign Ministers of "
         "Ostreland and Merovia.")


def test_shared_his_alarm_is_a_feeling_voiced():
    """"In all of them, he shared his deep alarm about the situation in Egypt, …" (the UN
    Secretary-General's calls to Turkey, Qatar and the Arab League, July 2013): a feeling passed on to the people
    called, as "expressed his alarm"; the same feelings as "registered his … about" reads (`lexicon._FEELINGS_VOICED`)."""
    shared = "In all of them, he shared his deep alarm about the fighting on the border."
    body = CALLS + "  " + shared + "\n"
    assert_statements(body, [("Dorian Kelst", "indirect", shared)])


def test_shared_her_gratitude_is_a_feeling_voiced():
    """The same with another feeling of the list and a woman speaking: "shared her gratitude for …"."""
    shared = "Minister Alena Varga shared her gratitude for the help sent after the floods."
    body = "Minister Alena Varga met with Foreign Minister Dorian Kelst in Varnow.\n\n" + shared + "\n"
    assert_statements(body, [("Alena Varga", "indirect", shared)])


def test_shared_their_alarm_is_still_the_groups():
    """Guard: "… and shared their alarm about …": "their" after two people is both sides' feeling, not one
    person's words (the "share" entry's "their" guard is kept before the feelings)."""
    body = (CALLS + "\n\nMinister Kelst and Minister Varga met in Varnow and shared their alarm about the fighting "
            "on the border.\n")
    assert_statements(body, [])
