"""Patterns found by the eightysixth held-out set (real Kremlin news readouts, 2002-2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_giving_someone_best_wishes_conveys_greetings():
    """"Mr Putin gave the Primate of the Bulgarian Orthodox Church best wishes from Patriarch Alexy II
    …": "gave" with "best wishes" (or "greetings from") after an addressee of a few words conveys
    greetings, as "passed on greetings"; not "gave the guests a tour"."""
    body = (
        "President Anton Brask met with Archbishop Ivo Lund of Norland.\n\n"
        "Mr Brask gave the head of the Norland Church best wishes from Metropolitan Karel of Vestgard. "
        "Archbishop Lund gave Mr Brask a tour of the cathedral."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Mr Brask gave the head of the Norland Church best wishes from Metropolitan "
                                    "Karel of Vestgard."),
    ], title="President Anton Brask met with Archbishop Ivo Lund")


def test_three_word_compound_noun_opening_a_figure_carries_the_report_on():
    """"Mr Gref briefed the President on the essential economic indices …" / "Inflation was at 15.1% …"
    / "Gross domestic product grew by 4.1%.": a capitalised word and two lower-case words before "grew",
    "rose" … open a compound noun (an amount that changed), no one's name, so the briefing goes on."""
    body = (
        "President Anton Brask met with Finance Minister Ivo Lund.\n\n"
        "Mr Lund briefed the President on the main economic indices of the outgoing year. "
        "Inflation was at 9.2% in 2012, slightly above the forecast. Gross domestic product grew by 3.4%."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Mr Lund briefed the President on the main economic indices of the outgoing year."),
        ("Ivo Lund", "indirect", "Inflation was at 9.2% in 2012, slightly above the forecast."),
        ("Ivo Lund", "indirect", "Gross domestic product grew by 3.4%."),
    ], title="President Anton Brask met with Finance Minister Ivo Lund")


def test_the_message_passed_over_ends_an_unquoted_message():
    """"The message said, in part:" / unquoted paragraphs of the message / "The President’s message was
    passed over to Mr Lula da Silva by the chief of government staff, Igor Shuvalov.": a paragraph that
    opens with the message done to, in the third person, is the readout's voice, not the message."""
    body = (
        "The message said, in part:\n\n"
        "I sincerely congratulate you on your inauguration and wish you every success.\n\n"
        "I hope for joint fruitful work for the benefit of our peoples.\n\n"
        "The President’s message was passed over to Mr Lund by the chief of staff, Karel Dvorak."
    )
    assert_statements(body, [
        ("Anton Brask", "direct", "I sincerely congratulate you on your inauguration and wish you every success."),
        ("Anton Brask", "direct", "I hope for joint fruitful work for the benefit of our peoples."),
    ], title="President Anton Brask sent a message to President Ivo Lund of Norland to congratulate him on his inauguration")


def test_greetings_brought_handed_over_or_delivered_are_conveyed():
    """"gave … best wishes from …" has its kin: "brought greetings from …", "handed over greetings …",
    "delivered best wishes from …" convey greetings, as "passed on greetings"; "delivered a message"
    and "handed over the documents" carry no words of the person's (a bare message sent is narrative)."""
    body = (
        "President Anton Brask met with Foreign Minister Ivo Lund of Norland.\n\n"
        "Mr Lund brought greetings from President Karel Dvorak. "
        "Mr Lund handed over the documents on the new consulate. "
        "Mr Lund delivered a message from the Norland parliament. "
        "Mr Lund also delivered best wishes from the Speaker, Olga Rask."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Mr Lund brought greetings from President Karel Dvorak."),
        ("Ivo Lund", "indirect", "Mr Lund also delivered best wishes from the Speaker, Olga Rask."),
    ], title="President Anton Brask met with Foreign Minister Ivo Lund")


def test_a_figure_that_slowed_stood_at_or_went_up_carries_the_report_on():
    """"Gross domestic product grew …" has its kin in officials' reports: a compound noun before
    "slowed", "stood at", "went up", "contracted" … is an amount that changed, no one's name."""
    body = (
        "President Anton Brask met with Finance Minister Ivo Lund.\n\n"
        "Mr Lund briefed the President on the main economic indices of the outgoing year. "
        "Industrial output slowed to 2%. Real disposable incomes went up by 8%. "
        "Retail trade turnover stood at 9 billion."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Mr Lund briefed the President on the main economic indices of the outgoing year."),
        ("Ivo Lund", "indirect", "Industrial output slowed to 2%."),
        ("Ivo Lund", "indirect", "Real disposable incomes went up by 8%."),
        ("Ivo Lund", "indirect", "Retail trade turnover stood at 9 billion."),
    ], title="President Anton Brask met with Finance Minister Ivo Lund")
