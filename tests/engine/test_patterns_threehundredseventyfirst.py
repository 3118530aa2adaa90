"""Readings of real Kremlin text of stop 36 (three-hundred-seventy-first): en.kremlin.ru items of 2016-2017, a call
with two leaders, messages of greetings, bilateral transcripts and a meeting with a chamber's speaker.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Vladimir Putin met with President of Kaldoria Oren Vask.\n\n"


def test_a_language_note_inside_a_turn_is_no_ones_words():
    """"All relations with Russia are good, all investments from Russia are good (in Russian). It is in this direction
    that we need to move." (three-hundred-seventy-first kremlin_54743): the interpreter's note on the language the
    speaker turned to is no one's words; his words go on around it."""
    body = _OPENING + (
        "President of Russia Vladimir Putin: Mr President, I am very glad to see you.\n\n"
        "President of Kaldoria Oren Vask (retranslated): Thank you for the meeting.\n\n"
        "All our roads lead to your country, all our trade is growing (in Russian). We must keep this course."
    )
    assert_statements(body, [
        ("Vladimir Putin", "direct", "Mr President, I am very glad to see you."),
        ("Oren Vask", "direct", "Thank you for the meeting."),
        ("Oren Vask", "direct", "All our roads lead to your country, all our trade is growing"),
        ("Oren Vask", "direct", "We must keep this course."),
    ], title="Meeting with President of Kaldoria Oren Vask")


def test_a_language_note_that_ends_a_turn_is_no_ones_words():
    """The same note after the turn's last words ("… for all of us (in English).") leaves the words only."""
    body = _OPENING + (
        "President of Russia Vladimir Putin: Welcome to Moscow.\n\n"
        "President of Kaldoria Oren Vask (retranslated): Thank you.\n\n"
        "This is a good day for all of us (in English)."
    )
    assert_statements(body, [
        ("Vladimir Putin", "direct", "Welcome to Moscow."),
        ("Oren Vask", "direct", "Thank you."),
        ("Oren Vask", "direct", "This is a good day for all of us"),
    ], title="Meeting with President of Kaldoria Oren Vask")


def test_words_in_brackets_that_are_no_language_note_stay_the_speakers():
    """Guard: "(in part)" and "(in Kaldoria)" name no language: the speaker's own asides, his words with the sentence."""
    body = _OPENING + (
        "President of Russia Vladimir Putin: Welcome to Moscow.\n\n"
        "President of Kaldoria Oren Vask (retranslated): Thank you.\n\n"
        "Our plan was carried out (in part) last year, and the new port (in Kaldoria) is open."
    )
    assert_statements(body, [
        ("Vladimir Putin", "direct", "Welcome to Moscow."),
        ("Oren Vask", "direct", "Thank you."),
        ("Oren Vask", "direct", "Our plan was carried out (in part) last year, and the new port (in Kaldoria) is open."),
    ], title="Meeting with President of Kaldoria Oren Vask")
