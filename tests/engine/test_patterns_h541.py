"""Readings of the errors of held-out set fourhundredseventh (the Office of the President of the Philippines): a
"welcomed" whose object is visitors described by a clause of their coming ("welcomed the representatives of five
countries who paid a courtesy call on him …", ph_pcoo_2011-06-09_aquino_five_envoys) is a host's act, no words.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

SAID = "In reply, the President said that he hoped to strengthen relations with their countries."


def test_welcomed_visitors_who_paid_a_courtesy_call_is_a_hosts_act():
    """"President X warmly welcomed the representatives of five countries who paid a courtesy call on him …":
    a host receiving guests, not words of welcome; the President's reply is still his."""
    welcomed = ("President Arno Velk warmly welcomed the representatives of four countries who paid a courtesy call "
                "on him to present their credentials in Varna on Thursday morning.")
    body = f"{welcomed} {SAID}\n"
    assert_statements(body, [("Arno Velk", "indirect", SAID)])


def test_welcomed_a_delegation_who_came_is_a_hosts_act():
    """The same with a delegation and "who came to …"."""
    welcomed = "President Arno Velk welcomed the Ostrian delegation who came to the capital for the trade fair."
    body = f"{welcomed} {SAID}\n"
    assert_statements(body, [("Arno Velk", "indirect", SAID)])


def test_welcomed_the_decision_of_the_envoys_who_came_stays_words():
    """Guard: "welcomed the decision of the envoys who came …" welcomes a thing in words ("of" before the
    visitors' noun): still a statement."""
    welcomed = ("President Arno Velk welcomed the decision of the envoys who came to Varna to reopen "
                "the consulate in the port city.")
    body = f"{welcomed}\n"
    assert_statements(body, [("Arno Velk", "indirect", welcomed)])
