"""Readings of real Kremlin text of stop 36 (three-hundred-sixty-second): en.kremlin.ru news items of June 2001 and
October 2003, plain reports with no quotation marks.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_called_a_position_unjustified_is_a_view_stated():
    """"Vladimir Putin called the harsh position of the European Union unjustified and dishonest."
    (three-hundred-sixty-second kremlin_29518): a thing named, then a verdict on it with no "a"/"an" before it,
    as "called the decision a betrayal"; one person's view."""
    body = (
        "President Oren Vask met with representatives of business circles of Kaldoria and Vestra.\n\n"
        "Oren Vask called the tough stance of the Vestran commission unjustified and dishonest."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask called the tough stance of the Vestran commission unjustified and dishonest."),
    ], title="President Oren Vask met with businessmen")


def test_a_telephone_call_before_a_verdict_word_stays_narrative():
    """Guard: "called the Vestran Chancellor to discuss the unjustified detention of …" is a telephone call and its
    purpose: "to" before the verdict word, no statement."""
    body = (
        "President Oren Vask returned to Kaldor on Monday.\n\n"
        "Oren Vask called the Vestran Chancellor to discuss the unjustified detention of two fishermen."
    )
    assert_statements(body, [], title="President Oren Vask returned to Kaldor")


def test_an_uncued_paragraph_and_the_next_ones_lead_carry_a_title_report_on():
    """"…, President Vladimir Putin announced at a meeting with representatives of business circles …" / an uncued
    paragraph of his words / "Russia is prepared to hold talks on this issue, … . Vladimir Putin called the harsh
    position … unjustified and dishonest." (three-hundred-sixty-second kremlin_29518): the lead of the second paragraph
    goes on with his words up to his statement, and so the uncued paragraph lies between two of his."""
    body = (
        "The demand is impossible. Of course, sooner or later, internal prices will match world prices.\n\n"
        "Kaldoria is prepared to hold talks on this issue. Oren Vask called the harsh position unjustified and dishonest."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The demand is impossible."),
        ("Oren Vask", "indirect", "Of course, sooner or later, internal prices will match world prices."),
        ("Oren Vask", "indirect", "Kaldoria is prepared to hold talks on this issue."),
        ("Oren Vask", "indirect", "Oren Vask called the harsh position unjustified and dishonest."),
    ], title="A rise in prices will disrupt stability, President Oren Vask announced at a meeting with businessmen")


def test_a_lead_that_names_someone_stays_narrative_after_an_uncued_paragraph():
    """Guard: the second paragraph's lead names a person ("Minister Lira Dom arrived …"): narrative, so the uncued
    paragraph before it stays no one's too; only the statement is given."""
    body = (
        "The demand is impossible. Of course, sooner or later, internal prices will match world prices.\n\n"
        "Minister Lira Dom arrived later. Oren Vask called the harsh position unjustified and dishonest."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask called the harsh position unjustified and dishonest."),
    ], title="A rise in prices will disrupt stability, President Oren Vask announced at a meeting with businessmen")
