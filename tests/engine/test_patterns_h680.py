"""Statements found by helper h680's set fivehundredeighth (the Council of Europe's Secretary General pages): an
office joined to its capitalised remit by "responsible for" / "in charge of" before a name in apposition, and an
inverted tag in the present perfect or with a day word between its verb and the speaker ("“…”, has said today X").

Each test is a small invented readout (invented people and bodies); the rules' tests fail without them.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_office_responsible_for_a_remit_before_a_name():
    """"received the Norlandian Minister responsible for Coastal Affairs, Ivo Marten": the office is his, so "The
    Minister reaffirmed …" is Ivo Marten's (before, nobody's)."""
    assert_statements((
        "Yesterday the Director received the Norlandian Minister responsible for Coastal Affairs, Ivo Marten.\n\n"
        "The Minister reaffirmed the attachment of Norlandia to the Tarrow Basin Board."
    ), [
        ("Ivo Marten", "indirect", "The Minister reaffirmed the attachment of Norlandia to the Tarrow Basin Board."),
    ])


def test_office_in_charge_of_a_remit_before_a_name():
    """"the Minister in charge of Inland Waters, Dara Quell": the office is hers, so "The Minister confirmed …" is hers."""
    assert_statements((
        "The Director met the Minister in charge of Inland Waters, Dara Quell, in Velsk.\n\n"
        "The Minister confirmed the support of her government for the river programme."
    ), [
        ("Dara Quell", "indirect", "The Minister confirmed the support of her government for the river programme."),
    ])


def test_inverted_tag_in_the_present_perfect_with_a_day_word():
    """"“…”, has said today X in a key-note speech": the quotation is X's direct statement (before, nobody's)."""
    assert_statements((
        "\"The basin is a place where towns and people meet\", has said today Osric Pembleton in a key-note speech at "
        "Velsk University. The Director met the Mayor of Velsk."
    ), [
        ("Osric Pembleton", "direct", "The basin is a place where towns and people meet"),
    ])


def test_inverted_tag_with_a_day_word():
    """"“…”, said today X": the day word between the verb and the speaker (before, nobody's)."""
    assert_statements((
        "\"The river unites us\", said today Dara Quell at the opening of the Tarrow Basin Board session."
    ), [
        ("Dara Quell", "direct", "The river unites us"),
    ])


def test_focused_after_a_comma_describes_the_noun_before_it():
    """"met … for a first visit, focused on ways to …": the past participle after the comma tells the visit's subject;
    the sentence is narrative, no statement of the one who met (before, the Director's indirect statement)."""
    assert_statements((
        "The Director of the Tarrow Basin Board, Osric Pembleton, met on 3 May with the Minister of Water of "
        "Norlandia, Ivo Marten, for a first visit, focused on ways to reinforce cooperation between the two."
    ), [])


def test_focused_on_of_one_person_stays_a_statement():
    """Guard: "The Minister focused on …" (no comma before it) is still what he spoke about."""
    assert_statements((
        "The Director of the Tarrow Basin Board, Osric Pembleton, met the Minister of Water of Norlandia, Ivo "
        "Marten.\n\nThe Minister focused on the flood season and the work of the river pilots."
    ), [
        ("Ivo Marten", "indirect", "The Minister focused on the flood season and the work of the river pilots."),
    ])


def test_topics_after_the_occasion_carry_no_report_on():
    """"During the interview, particular topics were …" after a paragraph of one person's report: the meeting's topics
    told by the readout, as "The topics of the interview were …", not the Minister's report carried on."""
    assert_statements((
        "Yesterday the Director received the Minister of Water of Norlandia, Ivo Marten. On that occasion the Minister "
        "confirmed the support of Norlandia for the river forum to be held in May.\n\n"
        "During the interview, particular topics were the role and action of the Board in the field of water, in "
        "member towns and those on the southern shore of the basin.\n\n"
        "The Minister reaffirmed the attachment of Norlandia to the Board."
    ), [
        ("Ivo Marten", "indirect", "On that occasion the Minister confirmed the support of Norlandia for the river "
                                   "forum to be held in May."),
        ("Ivo Marten", "indirect", "The Minister reaffirmed the attachment of Norlandia to the Board."),
    ])
