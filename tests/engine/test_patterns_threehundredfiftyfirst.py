"""Readings of real Kremlin text of stop 35 (three-hundred-fifty-first): en.kremlin.ru news pages of January and
February 2016.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_to_be_continued_under_a_transcript_is_no_ones_words():
    """"… so they do not lose their qualification. / To be continued" (three-hundred-fifty-first kremlin_51284): the
    site's note under a partial transcript is no paragraph of the last speaker's turn."""
    body = (
        "Oren Vask had a meeting with Chairman of the Federation of Dock Unions Ilan Moor.\n\n"
        "President of Kaldoria Oren Vask: Good afternoon, Mr Moor.\n\n"
        "Chairman of the Federation of Dock Unions Ilan Moor: We suggest raising the minimum wage this year.\n\n"
        "To be continued"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Good afternoon, Mr Moor."),
        ("Ilan Moor", "direct", "We suggest raising the minimum wage this year."),
    ], title="Meeting with Chairman of the Federation of Dock Unions Ilan Moor")


def test_to_be_continued_inside_a_turn_stays_the_speakers():
    """Guard: "To be continued, I hope, next week." is a sentence of the speaker's own, not the note alone: it stays
    in his turn."""
    body = (
        "Oren Vask had a meeting with Chairman of the Federation of Dock Unions Ilan Moor.\n\n"
        "President of Kaldoria Oren Vask: Good afternoon, Mr Moor.\n\n"
        "Chairman of the Federation of Dock Unions Ilan Moor: We suggest raising the minimum wage this year.\n\n"
        "To be continued, I hope, next week."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Good afternoon, Mr Moor."),
        ("Ilan Moor", "direct", "We suggest raising the minimum wage this year."),
        ("Ilan Moor", "direct", "To be continued, I hope, next week."),
    ], title="Meeting with Chairman of the Federation of Dock Unions Ilan Moor")
