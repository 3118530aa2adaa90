"""Statements found by helper h768's mends of fivehundredseventyfifth (a territorial government's statements of its
Premier): a title "A statement from Premier X on …" over a body of the Premier's unquoted first-person paragraphs, that
body ended by a "Media contact" heading, and an unmarked paragraph after a quotation over paragraphs that a stray
mark left open, up to the release's contact lines.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_statement_from_a_named_premier_is_the_premiers_unquoted_words():
    """"A statement from Premier X on the Y Accord" / "I am pleased to join …": the body, in the first person with no
    quotation marks and no attribution, is the Premier's statement, one direct statement a paragraph; the "Media
    contact" heading and the lines after it are no one's."""
    assert_statements((
        "I am pleased to join the other premiers in announcing the Harbour Accord. It commits new funds to the "
        "northern ports.\n\n"
        "We will provide more details when the agreement is signed.\n\n"
        "Media contact\n\n"
        "Orrin Talvey\nCabinet Communications\n555-0100"
    ), [
        ("Dessa Morvain", "direct", "I am pleased to join the other premiers in announcing the Harbour Accord. It "
                                    "commits new funds to the northern ports."),
        ("Dessa Morvain", "direct", "We will provide more details when the agreement is signed."),
    ], title="A statement from Premier Dessa Morvain on the Harbour Accord")


def test_a_statement_from_title_over_a_body_in_the_third_person_gives_no_statement():
    """Guard: "Statement from the Spokesperson X on the Visit of Y" over a body that tells of the visit in the third
    person: no one's words (the rule asks that the body open in the first person)."""
    assert_statements((
        "President Calden Roe will welcome Prime Minister Ivo Marrack to the capital next week.\n\n"
        "The leaders will review trade and energy ties."
    ), [], title="Statement from Spokesperson Lina Ostrava on the Visit of Prime Minister Ivo Marrack")


def test_an_unmarked_paragraph_after_a_quotation_left_open_by_a_stray_mark_goes_on_with_it():
    """"Premier X has issued the following statement:" / "“…" / "“…" / "” I thank …" (a stray closing mark opens the
    paragraph, no mark closes it) / "I look forward to …" (no marks): the last paragraph carries on the Premier's
    quotation over paragraphs; the contact lines after it are no one's."""
    assert_statements((
        "Premier Tobin Harl has issued the following statement:\n\n"
        "“Today in Norvik I met Consul General Mara Esk to continue our talks on trade.\n\n"
        "“We spoke about border matters and the northern highway.\n\n"
        "” I thank the Consul General for her attention to the North.\n\n"
        "I look forward to working with our partners to deliver benefits to our residents.\n\n"
        "Pia Lenth\nCabinet Communications"
    ), [
        ("Tobin Harl", "direct", "Today in Norvik I met Consul General Mara Esk to continue our talks on trade."),
        ("Tobin Harl", "direct", "We spoke about border matters and the northern highway."),
        ("Tobin Harl", "direct", "I thank the Consul General for her attention to the North."),
        ("Tobin Harl", "direct", "I look forward to working with our partners to deliver benefits to our residents."),
    ])


def test_a_message_paragraph_that_lost_its_stop_still_goes_on():
    """Guard: "Mr X commented:" then unquoted paragraphs, one of them a long sentence whose final stop the page lost:
    still X's words (only short or multi-line paragraphs with no sentence end the message)."""
    assert_statements((
        "Mr Valdane commented:\n\n"
        "Three weeks ago the people of the province voted for a devolved government.\n\n"
        "Since then I have been working with the parties to find a way forward, including putting forward a number "
        "of proposals\n\n"
        "I am determined to see a functioning executive in place."
    ), [
        ("Valdane", "direct", "Three weeks ago the people of the province voted for a devolved government."),
        ("Valdane", "direct", "Since then I have been working with the parties to find a way forward, including "
                              "putting forward a number of proposals"),
        ("Valdane", "direct", "I am determined to see a functioning executive in place."),
    ], title="Minister's statement on the provincial talks")
