"""Readings of known errors of this stop's new sets (stop 38): "the guest" of a host whose own minister is named
beside the visitor (forty-second hard sarnetia_president_ulmeria_prime_minister).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

VISIT = ("President of Dorvia Alma Kestrel met with Prime Minister of Velora Nina Halström, who is in Dorvia on an "
         "official visit. Dorvian Foreign Minister Lena Varga took part in the talks.\n\n")
THANKED = "The guest thanked the President for the invitation."
GATEWAY = "She said that Velora saw Dorvia as a gateway to the south."


def test_the_guest_is_not_of_the_hosts_country():
    """"President of Sarnetia X met with Prime Minister of Ulmeria Y … Sarnetian Foreign Minister Z … took part …
    The guest thanked for the invitation. She said …" (forty-second hard sarnetia_president_ulmeria_prime_minister):
    the guest is the visitor of another country, not the host's own minister named last."""
    assert_statements(VISIT + THANKED + " " + GATEWAY, [
        ("Nina Halström", "indirect", THANKED),
        ("Nina Halström", "indirect", GATEWAY),
    ])


def test_the_hosts_own_minister_still_speaks_guard():
    """Guard: the host's own minister, named as the subject, keeps her words and the "She said" after them."""
    briefed = "Lena Varga briefed the participants on the visa agreement."
    agreed = "She said the text had been agreed at expert level."
    assert_statements(VISIT + briefed + " " + agreed, [
        ("Lena Varga", "indirect", briefed),
        ("Lena Varga", "indirect", agreed),
    ])
