"""Readings of real UK Government text of stop 31 (twohundredsixtyseventh): gov.uk prints a quotation as a
block quote with no quote marks, so the paragraphs after a lead-in that ends its paragraph ("Secretary of State
for Wales Stephen Crabb MP said:") are the speaker's words; a paragraph telling where the meeting took place
is the readout's voice again.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Minister meets party leaders on devolution for Norland"


def test_unquoted_paragraphs_after_a_said_colon_lead_in_are_the_speakers():
    """"Secretary of State for Wales Stephen Crabb MP said: / Following the referendum, constitutional issues are
    now at the heart of the UK political debate … / People in Wales need to be confident …" (twohundredsixtyseventh
    uk_wales_office_2014-10-13_party_leaders): each unquoted paragraph after the lead-in is his, one direct
    statement each; "The meeting took place at Gwydyr House …" after them is the readout's narrative."""
    body = (
        "The Norland Minister Tomas Vell today met leaders of the three main parties in Norland.\n\n"
        "Norland Minister Tomas Vell said:\n\n"
        "Following the vote, questions of the constitution are now at the heart of our debate.\n\n"
        "People in Norland need to be confident that politicians are delivering on their promises.\n\n"
        "The meeting took place at Harbour House, Kestow."
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "Following the vote, questions of the constitution are now at the heart of our debate."),
        ("Tomas Vell", "direct", "People in Norland need to be confident that politicians are delivering on their promises."),
    ], title=TITLE)


def test_a_paragraph_after_a_lead_in_that_does_not_end_its_paragraph_stays_narrative():
    """Guard: a colon lead-in followed by its quotation in the same paragraph leaves the next unquoted paragraph
    to the readout: only a lead-in that ends its paragraph leads in to the paragraphs after it."""
    body = (
        "Norland Minister Tomas Vell said: “We will deliver for Norland.”\n\n"
        "Officials from both parties attended the meeting at Harbour House."
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "We will deliver for Norland."),
    ], title=TITLE)
