"""Readings of real Kremlin text of stop 36 (three-hundred-seventy-fourth): en.kremlin.ru news items of 2018,
meetings, talks and their transcripts.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_label_that_opens_with_a_possessive_description():
    """"The athlete’s father and coach Abdulmanap Nurmagomedov: He was not an easygoing child …"
    (three-hundred-seventy-fourth kremlin_58772): a transcript label that opens with "The", a possessive common noun
    and the relation it names, then the full name; the paragraph is that person's words, not the previous speaker's."""
    body = (
        "Anton Belov met with wrestler Timur Orlan. The wrestler’s mother also attended the meeting.\n\n"
        "President of Kaldoria Anton Belov: I congratulate you on your victory.\n\n"
        "The wrestler’s mother and coach Zarina Orlan: He trained every day since he was a child.\n\n"
        "Anton Belov: It shows in his results."
    )
    assert_statements(body, [
        ("Anton Belov", "direct", "I congratulate you on your victory."),
        ("Zarina Orlan", "direct", "He trained every day since he was a child."),
        ("Anton Belov", "direct", "It shows in his results."),
    ], title="Meeting with wrestler Timur Orlan")


def test_the_sentence_with_a_possessive_and_a_verb_stays_the_speakers_words():
    """Guard: inside a turn, "The country’s delegation was led by Zarina Orlan: …" has a verb before the colon; it
    is the speaker's sentence, no label."""
    body = (
        "Anton Belov met with wrestler Timur Orlan.\n\n"
        "President of Kaldoria Anton Belov: I congratulate you on your victory.\n\n"
        "The country’s delegation was led by Zarina Orlan: she did a great job."
    )
    assert_statements(body, [
        ("Anton Belov", "direct", "I congratulate you on your victory."),
        ("Anton Belov", "direct", "The country’s delegation was led by Zarina Orlan: she did a great job."),
    ], title="Meeting with wrestler Timur Orlan")
