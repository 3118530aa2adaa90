"""Statements found by helper h772's set fivehundredseventyeighth (IOM's and UNHCR's own news): an announced address
told in the future, its topic after ", focusing on" ("X will address the session …, focusing on …") and its content in
the future progressive ("He will be highlighting the need …"): acts to come, no words said yet, as "He will highlight
…" already was.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_focusing_on_after_an_address_to_come_is_no_statement():
    """"On Sunday, the Commissioner will address the opening session …, focusing on …": the plan's subject (before,
    the sentence was the Commissioner's indirect statement); the same sentence told in the past stays hers."""
    assert_statements((
        "Relief Commissioner Ana Berlot-Vasquez leaves this afternoon on a three-day mission to Quintmark.\n\n"
        "On Sunday, the Commissioner will address the opening session of the Council of Ministers in Dunhallow, "
        "focusing on the situation of displaced families in the northern valleys.\n\n"
        "On Monday, the Commissioner addressed the closing session of the Council, focusing on the cost of shelter."
    ), [
        ("Ana Berlot-Vasquez", "indirect", "On Monday, the Commissioner addressed the closing session of the Council, "
                                           "focusing on the cost of shelter."),
    ])


def test_a_speech_verb_in_the_future_progressive_is_no_statement():
    """"She will be highlighting the urgent need for …": an act to come, as "She will highlight …" (before, an indirect
    statement); "She was highlighting …" is still hers."""
    assert_statements((
        "Relief Commissioner Ana Berlot-Vasquez leaves this afternoon on a three-day mission to Quintmark.\n\n"
        "She will be highlighting the urgent need for solidarity with the countries that host the displaced.\n\n"
        "At the airport, Berlot-Vasquez was highlighting the shortage of tents in the camps."
    ), [
        ("Ana Berlot-Vasquez", "indirect", "At the airport, Berlot-Vasquez was highlighting the shortage of tents in "
                                           "the camps."),
    ])
