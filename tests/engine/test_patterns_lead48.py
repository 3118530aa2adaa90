"""Readings the lead wrote in stop 48: a clause that opens with a person's meeting ("Mr X’s meeting with the foreign
minister also touched on …") has the meeting for its subject, as "The meeting with …" had, so the partner after
"with" is no speaker.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_possessive_meeting_with_a_partner_is_nobodys_statement():
    """"Mr Bora’s meeting with the foreign minister also touched on …": the meeting touched on the issues; neither
    the foreign minister after "with" nor Bora says it. The sentences around it are still each one's."""
    body = ("Secretary General of the Velmar Union, Mr Ali Bora, met with the Minster for Foreign Affairs of Ostrava, "
            "H.E. Sam Dune.\n\n"
            "The Secretary General expressed his deep appreciation to Ostrava for hosting the conference.\n\n"
            "Mr Bora’s meeting with the foreign minister also touched on several issues of common interest.\n\n"
            "For his part, Mr Dune congratulated the Secretary General on his assumption of office.\n")
    assert_statements(body, [
        ("Ali Bora", "indirect", "The Secretary General expressed his deep appreciation to Ostrava for hosting the "
                                 "conference."),
        ("Sam Dune", "indirect", "For his part, Mr Dune congratulated the Secretary General on his assumption of "
                                 "office."),
    ])


def test_an_office_s_talks_with_a_named_partner_are_nobodys_statement():
    """"The President's talks with Mr Dune focused on trade": the talks' subject, not Dune's words; "Mr Dune
    said …" after it is his."""
    body = ("President Ali Bora received Foreign Minister Sam Dune of Ostrava.\n\n"
            "The President's talks with Mr Dune focused on trade and transport.\n\n"
            "Mr Dune said the two countries would open a new border crossing.\n")
    assert_statements(body, [
        ("Sam Dune", "indirect", "Mr Dune said the two countries would open a new border crossing."),
    ])
