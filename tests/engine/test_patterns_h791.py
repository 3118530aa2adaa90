"""Statements found by helper h791's set fivehundredninetyfourth (the press releases of Uzbekistan's Oliy Majlis and
Kyrgyzstan's Jogorku Kenesh):
- "«…,» the statement says." after a quotation, with no statement named before it in the readout, is the release's own
  text: no one's words, not the last speaker's (sentence_reading._a_bodys_text_quoted);
- "the Speaker of the <house>" is the one whose own office names that house ("the Chairwoman of the <house> of …"),
  not a Speaker of another parliament whose bare "Speaker of Parliament" fits any house (people._heads_of_the_house_named).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_quotation_told_by_a_statement_named_nowhere_is_no_ones():
    """Before, the quoted release's words went to the Speaker named first."""
    assert_statements((
        "Speaker of the Parliament of Vesland Arno Kaltem met with the Chairperson of the Senate of Tarvia Mira "
        "Oskane. Press service of the Parliament reports.\n\n"
        "The parties exchanged views on topical issues of bilateral cooperation.\n\n"
        "«The heads of the two parliaments assured that the states will implement all the agreements reached,» the "
        "statement says.\n\n"
        "Arno Kaltem invited Mira Oskane to pay an official visit to Vesland."
    ), [
        ("Arno Kaltem", "indirect", "Arno Kaltem invited Mira Oskane to pay an official visit to Vesland."),
    ])


def test_quotation_told_by_a_statement_someone_issued_stays_read_as_before():
    """Guard: a statement a person put out, named before the quotation, is not the release itself."""
    assert_statements((
        "President Arno Kaltem issued a statement on the floods.\n\n"
        "“We will rebuild every bridge,” the President said."
    ), [
        ("Arno Kaltem", "direct", "We will rebuild every bridge"),
    ])


def test_speaker_of_a_named_house_is_the_chair_of_that_house():
    """Before, "the Speaker of the Federal Council" went to Vesland's Speaker of Parliament."""
    assert_statements((
        "Speaker of the Parliament of Vesland Arno Kaltem met with the Chairwoman of the Federal Council of the "
        "National Assembly of Tarvia Mira Oskane.\n\n"
        "Mira Oskane congratulated Arno Kaltem on the referendum.\n\n"
        "«A new serious step has been taken,» the Speaker of the Federal Council added."
    ), [
        ("Mira Oskane", "indirect", "Mira Oskane congratulated Arno Kaltem on the referendum."),
        ("Mira Oskane", "direct", "A new serious step has been taken"),
    ])


def test_speaker_of_parliament_stays_the_speaker_of_parliament():
    """Guard: "the Speaker of the Parliament" is still the Speaker of Parliament, not the Federal Council's chair."""
    assert_statements((
        "Speaker of the Parliament of Vesland Arno Kaltem met with the Chairwoman of the Federal Council of the "
        "National Assembly of Tarvia Mira Oskane.\n\n"
        "The Speaker of the Parliament noted the high level of cooperation."
    ), [
        ("Arno Kaltem", "indirect", "The Speaker of the Parliament noted the high level of cooperation."),
    ])
