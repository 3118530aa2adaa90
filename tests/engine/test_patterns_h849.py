"""Statements found by helper h849 (sixhundredthirtysixth, the Pacific Islands Development Forum Secretariat's pages):
- a lead-in that closes its paragraph on a comma ("After the meeting, Mr X said," / "“…”"): it only introduces the
  quoted paragraph after it, as a colon there does (before, the lead-in was an indirect statement of its own);
- "In welcoming <a guest>, X said," before the quotation: the host's greeting, whose words are the quotation, says
  nothing of its own, as "Speaking after the meeting," (before, the welcome was read as a thing welcomed);
- "The meeting also allowed <a person> to provide an overview to … of …": the one the meeting let speak gives an
  account, as "The meeting was an opportunity for X to thank …" (before, no one's statement).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guards
keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lead_in_closing_its_paragraph_on_a_comma_is_no_statement():
    assert_statements((
        "The Director of the Varden Forum received the Minister of Trade of Ostrel.\n\n"
        "After the meeting, Mr Pell Halvorsen said,\n\n"
        "“I am very pleased that we can work together on trade.”"
    ), [
        ("Pell Halvorsen", "direct", "I am very pleased that we can work together on trade."),
    ])


def test_in_welcoming_a_guest_before_a_quotation_is_no_statement():
    assert_statements((
        "The Director of the Varden Forum, Mr Pell Halvorsen, received the Secretary General of the Ostrel Council, "
        "Dame Ines Varro.\n\n"
        "In welcoming Dame Varro, Mr Halvorsen said,\n\n"
        "“This is the first time the heads of our two secretariats are meeting.”\n\n"
        "“We agreed to meet again next year.”"
    ), [
        ("Pell Halvorsen", "direct", "This is the first time the heads of our two secretariats are meeting."),
        ("Pell Halvorsen", "direct", "We agreed to meet again next year."),
    ])


def test_welcoming_a_thing_before_a_quotation_is_still_a_statement():
    """Guard: "Welcoming the decision of the council," is a stance of his own, an indirect statement as before."""
    assert_statements((
        "The Director of the Varden Forum, Mr Pell Halvorsen, spoke to the press.\n\n"
        "Welcoming the decision of the council, Mr Halvorsen said:\n\n"
        "“It is a good day for the region.”"
    ), [
        ("Pell Halvorsen", "indirect", "Welcoming the decision of the council, Mr Halvorsen said"),
        ("Pell Halvorsen", "direct", "It is a good day for the region."),
    ])


def test_a_comma_before_an_unquoted_paragraph_keeps_the_sentence():
    """Guard: a comma that ends a paragraph before one that is no quotation leads in to nothing."""
    assert_statements((
        "The Director of the Varden Forum, Mr Pell Halvorsen, received the Minister.\n\n"
        "Noting the progress of the talks, Mr Halvorsen said,\n\n"
        "The Minister thanked him for the welcome."
    ), [
        ("Pell Halvorsen", "indirect", "Noting the progress of the talks, Mr Halvorsen said,"),
    ])


def test_the_meeting_allowed_one_person_to_provide_an_overview():
    assert_statements((
        "A delegation from Ostrel, led by its Prime Minister, met with the Varden Forum Secretary General, Mr Pell "
        "Halvorsen, yesterday.\n\n"
        "The meeting also allowed the Secretary General to provide an overview to the visiting delegation of the "
        "Forum’s major accomplishments."
    ), [
        ("Pell Halvorsen", "indirect", "The meeting also allowed the Secretary General to provide an overview to the "
                                       "visiting delegation of the Forum’s major accomplishments."),
    ])


def test_the_meeting_allowed_a_group_or_no_one_is_no_statement():
    """Guard: "allowed the two sides to thank …" (a group's), "allowed for an in-depth review" (no one's)."""
    assert_statements((
        "Mr Pell Halvorsen met with Prime Minister Ida Brun of Ostrel yesterday.\n\n"
        "The meeting allowed the two sides to thank each other for the cooperation. The meeting also allowed for an "
        "in-depth review of the agenda."
    ), [])
