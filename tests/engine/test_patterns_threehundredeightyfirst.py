"""Readings of real White House text of stop 36 (three-hundred-eighty-first): Obama-era readouts and a Press
Secretary statement.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_untitled_president_is_not_a_chamber_leader():
    """"Overnight …, the President telephoned Speaker of the House John Boehner, … Senate Republican Leader Mitch
    McConnell … The President reiterated …" (three-hundred-eighty-first whitehouse 2012-11-07 congressional leaders):
    a chamber's or a party's leader is no head of state; "the President" stays the untitled host."""
    body = (
        "Overnight, the President telephoned Speaker of the House Dan Rell and Senate Republican Leader Tom Vary "
        "to talk about the legislative agenda.\n\n"
        "The President reiterated his commitment to finding bipartisan solutions."
    )
    result = run(body, title="Readout of the President's Calls to Congressional Leaders")
    said = [(s.speaker, s.text) for s in result.statements if s.speaker is not None]
    assert [text for _, text in said] == ["The President reiterated his commitment to finding bipartisan solutions."], said
    leader = [sp for sp in result.speakers if "Vary" in sp.name]
    assert not any(sp.name == said[0][0] for sp in leader), said
    assert not any("the president" in {a.casefold() for a in sp.aliases} for sp in leader), leader


def test_the_leader_still_means_the_chamber_leader():
    """Guard: "the Leader" itself is still the one styled "Senate Republican Leader"."""
    body = (
        "Senate Republican Leader Tom Vary met with Speaker of the House Dan Rell today.\n\n"
        "The Leader stressed the need to pass the budget."
    )
    assert_statements(body, [
        ("Tom Vary", "indirect", "The Leader stressed the need to pass the budget."),
    ], title="Leader Vary meets Speaker Rell")


def test_spoke_to_a_named_leader_about_is_the_call():
    """"President Obama spoke to Prime Minister Erdogan today about the situation in Syria, and other regional
    issues." (three-hundred-eighty-first whitehouse 2011-08 Erdogan): a named listener, a conversation, as "spoke
    with … about"; narrative."""
    body = (
        "President Vask spoke to Prime Minister Tal today about the situation in Kaldoria, and other "
        "regional issues.  The two leaders agreed to consult closely in the days ahead."
    )
    assert_statements(body, [], title="Readout of the President's Call with Prime Minister Tal")


def test_spoke_to_an_audience_about_is_still_speech():
    """Guard: "spoke to reporters about …", "spoke to HBCU leaders about …": an audience, his words on a topic."""
    body = (
        "President Oren Vask visited Vestra on Friday.\n\n"
        "President Vask spoke to reporters about the situation in Kaldoria."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask spoke to reporters about the situation in Kaldoria."),
    ], title="President Vask visited Vestra")
