"""Patterns found by the sixth styles set (benchmarks/styles6/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_PORT = "The First Minister of Caledra, Alasdair MacRury, visited the new port at Inverbrae.\n\n"


def test_a_lead_in_with_a_fronted_where_or_an_organisation_says_nothing():
    """"Speaking at the port, the First Minister said:" / "Inverbrae Harbour Board Chief Executive Morag
    Lindsay said:" (styles6 caledra_first_minister; "Speaking after the meeting, the Taoiseach said:",
    clarach_taoiseach): lead-ins of the quotation in the next paragraph, no statement of their own."""
    body = (_PORT + "Speaking at the port, the First Minister said:\n\n\"This is a landmark day for Inverbrae.\"\n\n"
            "Inverbrae Harbour Board Chief Executive Morag Lindsay said:\n\n\"We are ready for the first turbines.\"")
    assert_statements(body, [
        ("Alasdair MacRury", "direct", "This is a landmark day for Inverbrae."),
        ("Morag Lindsay", "direct", "We are ready for the first turbines."),
    ])


def test_a_fronted_speech_verb_before_a_lead_in_stays_a_statement():
    """Guard: "Noting the progress of the talks, the First Minister said:" (what he noted is his), and
    "…, the First Minister stressed that … and said:" (a report of its own)."""
    body = (_PORT + "Noting the progress of the talks, the First Minister said:\n\n\"This is a landmark day.\"\n\n"
            "After the visit, the First Minister stressed that the port was ready and said:\n\n\"We are proud.\"")
    assert_statements(body, [
        ("Alasdair MacRury", "indirect", "Noting the progress of the talks, the First Minister said"),
        ("Alasdair MacRury", "direct", "This is a landmark day."),
        ("Alasdair MacRury", "indirect", "After the visit, the First Minister stressed that the port was ready and said"),
        ("Alasdair MacRury", "direct", "We are proud."),
    ])
