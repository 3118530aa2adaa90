"""Statements found by helper h683's set fivehundredeleventh (the Governments of New Brunswick and of Newfoundland and
Labrador): a lead-in that says, in the passive, that a named person issued the statement that follows ("The following
statement regarding … was issued today by Premier X:") makes the unquoted paragraphs after it that person's words; "the
New England states", a region's name of capitalised words before the noun "states", is no "New England" that states.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_FIRST = "I am disappointed that I am unable to join my fellow premiers in person this morning."
_SECOND = "Working together, we can make a real difference for our provinces, and I look forward to the discussions."


def test_statement_issued_by_a_named_person_in_the_passive_leads_in_unquoted_paragraphs():
    """"HALDEN (GNB) – The following statement regarding the council's meeting was issued today by Premier Tova
    Brennick:" then two unquoted paragraphs: each one direct statement of Brennick; the lead-in is no one's words."""
    lead = ("HALDEN (GNB) – The following statement regarding the Council of Northern Premiers’ meeting was issued today "
            "by Premier Tova Brennick:")
    assert_statements(
        lead + "\n\n" + _FIRST + "\n\n" + _SECOND,
        [("Tova Brennick", "direct", _FIRST), ("Tova Brennick", "direct", _SECOND)],
    )


def test_statement_issued_by_a_named_person_without_its_subject():
    """"The following statement was issued by Premier Tova Brennick:": the same with nothing between the noun and the
    verb, and no date."""
    assert_statements(
        "The following statement was issued by Premier Tova Brennick:\n\n" + _FIRST,
        [("Tova Brennick", "direct", _FIRST)],
    )


def test_statement_issued_by_a_named_person_guard_third_person_paragraph():
    """Guard: a paragraph after the lead-in that tells of the premier in the third person is the readout's own voice,
    not her statement."""
    assert_statements(
        "The following statement was issued today by Premier Tova Brennick:\n\n" + _FIRST + "\n\n"
        + "Premier Brennick will return to Halden on Tuesday.",
        [("Tova Brennick", "direct", _FIRST)],
    )


def test_region_named_before_the_noun_states_is_no_speaker():
    """"Premier Oren Vask will be working to strengthen ties with the New England states …": "states" is the noun after
    a region's name; no statement (before, a statement of "New England")."""
    assert_statements(
        "Premier Oren Vask will be working to strengthen ties with the New England states during an upcoming meeting "
        "in Halden.",
        [],
    )


def test_region_named_before_states_guard_office_states():
    """Guard: "The President states the importance of …": an office before "states" is its subject, who speaks."""
    said = "The President of Kastravia states the importance of the talks."
    assert_statements(said, [("The President of Kastravia", "indirect", said)])


def test_guest_welcomed_as_part_of_the_guests_visit_is_narrative():
    """"Premier X welcomed Kastravia’s ambassador to Canada, Y, March 25, as part of her first official visit to
    Halden.": a host receiving a visitor, no words (before, a statement of the premier's)."""
    said = "“We value our ties with Kastravia,” said Vask."
    assert_statements(
        "Premier Oren Vask welcomed Kastravia’s ambassador to Canada, Ilse Marren, March 25, as part of her first "
        "official visit to Halden.\n\n" + said,
        [("Oren Vask", "direct", "We value our ties with Kastravia,")],
    )


def test_guest_welcomed_on_a_visit_guard_a_thing_welcomed():
    """Guard: "welcomed the ambassador’s proposal during his visit": a thing welcomed in words, a statement."""
    said = "Premier Oren Vask welcomed the ambassador’s proposal during his visit to Halden."
    assert_statements(said, [("Oren Vask", "indirect", said)])


def test_pleased_with_a_commitment_is_a_judgement_stated():
    """"The premier is especially pleased with the commitment to hold …": one person's judgement stated, as "was
    satisfied with …" (before, no statement)."""
    met = "Premier Oren Vask met Prime Minister Ilse Marren in Halden."
    pleased = "The premier is especially pleased with the commitment to hold a meeting before the budget."
    assert_statements(met + "\n\n" + pleased, [("Oren Vask", "indirect", pleased)])


def test_pleased_with_guard_a_lead_in_to_a_quotation():
    """Guard: "Premier Vask was very pleased with the meeting and said:" leads his quotation in; no statement of its own."""
    assert_statements(
        "Premier Oren Vask was very pleased with the meeting and said:\n\n“Our ties have never been stronger.”",
        [("Oren Vask", "direct", "Our ties have never been stronger.")],
    )
