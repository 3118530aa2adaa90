"""Readings of real UK Government text of stop 31 (two-hundred-sixty-seventh): gov.uk prints a quotation as a
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
    now at the heart of the UK political debate … / People in Wales need to be confident …" (two-hundred-sixty-seventh
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


def test_rt_hon_before_the_name_keeps_the_office_before_it():
    """"The Secretary of State for Northern Ireland, Rt Hon Hilary Benn MP, and the Tánaiste … met …" / "Speaking
    afterwards, the Secretary of State said:" / four unquoted paragraphs (two-hundred-sixty-seventh uk_nio): "Rt" before
    "Hon" is part of the honorific, so the office before the comma is his and "the Secretary of State" is he; his
    paragraphs, with "the Minister and I discussed …" among them, are his."""
    body = (
        "The Secretary of State for Norland, Rt Hon Tomas Vell MP, and the Foreign Minister of Ostria, Ivo Marek, "
        "met this evening at Harbour House, Kestow.\n\n"
        "Speaking afterwards, the Secretary of State said:\n\n"
        "It was a pleasure to meet the Minister this evening in Kestow.\n\n"
        "In addition, the Minister and I discussed progress between our two governments.\n\n"
        "We agreed on the importance of a close relationship."
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "It was a pleasure to meet the Minister this evening in Kestow."),
        ("Tomas Vell", "direct", "In addition, the Minister and I discussed progress between our two governments."),
        ("Tomas Vell", "direct", "We agreed on the importance of a close relationship."),
    ], title="Secretary of State for Norland meets Foreign Minister in Kestow")


def test_rt_hon_guard_a_list_after_the_name_keeps_the_office_from_it():
    """Guard: "the Minister, Rt Hon X MP, Dr Y, and …" is a list: the office before the first comma is none of the
    names', so a later "the Secretary of State" is not X but the office's holder no name is given for (as the
    two-hundred-sixty-ninth set's business_summit reads a bare "the Secretary of State" no one is titled with)."""
    body = (
        "Present were the Secretary of State, Rt Hon Tomas Vell MP, Dr Ana Sorel, and Ivo Marek.\n\n"
        "Speaking afterwards, the Secretary of State said:\n\n"
        "It was a pleasure to meet the delegation."
    )
    assert_statements(body, [("The Secretary Of State", "direct", "It was a pleasure to meet the delegation.")],
                      title="Delegation visits Kestow")


def test_speaking_with_no_comma_before_the_subject_only_leads_in():
    """"Speaking to media ahead of the meeting the Foreign Secretary said:" (no comma before the subject) / four
    unquoted paragraphs in the first person, one naming a third person ("I had a very good conversation … with High
    Representative Mogherini and she agreed …") (two-hundred-sixty-seventh uk_fcdo_2016-07-18_fac): the lead-in
    says nothing of its own; each paragraph after it is his, one direct statement each."""
    body = (
        "Speaking to media ahead of the meeting the Norland Foreign Minister Tomas Vell said:\n\n"
        "It is very good to be here for my first trip abroad.\n\n"
        "I had a very good conversation last night with High Representative Ana Sorel and she agreed very much "
        "that our role should go on.\n\n"
        "And in the mean time I am looking forward to meeting my colleagues."
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "It is very good to be here for my first trip abroad."),
        ("Tomas Vell", "direct", "I had a very good conversation last night with High Representative Ana Sorel and she "
                                 "agreed very much that our role should go on."),
        ("Tomas Vell", "direct", "And in the mean time I am looking forward to meeting my colleagues."),
    ], title="Foreign Minister attends the Council")


def test_speaking_with_no_comma_guard_with_no_colon_it_stays_his():
    """Guard: "Speaking to media after the meeting the Minister stressed that …", with no colon, stays his
    indirect statement, the opening with it: only a lead-in that ends in a colon says nothing of its own."""
    body = (
        "Speaking to media after the meeting the Norland Foreign Minister Tomas Vell stressed that the talks "
        "had gone well."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "Speaking to media after the meeting the Norland Foreign Minister Tomas Vell "
                                   "stressed that the talks had gone well."),
    ], title="Foreign Minister attends the Council")
