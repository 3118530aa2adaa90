"""Mends from the review rf7 of the seventy-first stop's merges h1238-h1243: near shapes the new rules read wrongly,
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Ivo Ranst of Dorvan County met traders in Kelvar City on Monday. "


def test_according_to_a_source_and_a_styled_name_with_no_office_is_no_ones():
    """"According to police Mr X, 45, was arrested …": the source ("police") is no office and its comma is left out;
    the styled name after it is the one the report is about, not its source. h1241's styled name after office words
    gave the sentence to Mr X; now it asks an office word ("officer") right before the style, as before no one's."""
    body = _OPENING + "According to police Mr Toma Brel, 45, was arrested on Monday near the market."
    assert_statements(body, [])


def test_according_to_reports_and_a_styled_name_is_no_ones():
    """"According to reports Ms X, the treasurer, resigned …": the reports', not the treasurer's account."""
    body = _OPENING + "According to reports Ms Ada Voss, the treasurer, resigned last week."
    assert_statements(body, [])


def test_according_to_an_officer_and_a_styled_name_still_speaks():
    """The rule's own shape kept: "According to county records officer Dr X, …" is the officer's account."""
    body = _OPENING + "According to county records officer Dr Lina Moss, the market earned more than last year."
    assert_statements(body, [
        ("Lina Moss", "indirect", "According to county records officer Dr Lina Moss, the market earned more than last "
                                  "year."),
    ])


def test_bracketed_note_under_an_english_quotation_is_no_translation():
    """A bracketed sentence under an English quotation is a note, no translation of it: h1238's translation rule gave
    "(The market was closed on Tuesday.)" to the speaker above as his direct words; now it asks the quoted words
    above to hold none of the commonest English words."""
    body = _OPENING + "\n\n“We will stay in the market,” Ranst said.\n\n(The market was closed on Tuesday.)"
    assert_statements(body, [
        ("Ivo Ranst", "direct", "We will stay in the market"),
    ])


def test_bracketed_translation_under_a_foreign_quotation_is_still_his():
    """The rule's own shape kept: the printed translation under words of another language is the speaker's, direct."""
    body = _OPENING + "\n\n“Hindi po kami aalis sa palengke,” Ranst said.\n\n(We will not leave the market.)"
    assert_statements(body, [
        ("Ivo Ranst", "direct", "Hindi po kami aalis sa palengke"),
        ("Ivo Ranst", "direct", "We will not leave the market."),
    ])


def test_according_to_a_regional_manager_and_a_styled_name_still_speaks():
    """The rule's shape with a firm's lower-case head ("manager", no word of `ROLE_WORD_SET`): the manager's account."""
    body = _OPENING + "According to Kelvar Water regional manager Mr Oren Talb, the supply will be restored on Friday."
    assert_statements(body, [
        ("Oren Talb", "indirect", "According to Kelvar Water regional manager Mr Oren Talb, the supply will be "
                                  "restored on Friday."),
    ])
