"""Patterns found by the seventyfourth held-out set (real Kremlin news readouts, 2009-2010, Medvedev).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_answered_questions_from_journalists_with_no_topic_is_an_event():
    """"Following the summit, X answered questions from Velmoran journalists.": a press Q&A took
    place, as "held a news conference": the press asks, no topic, no statement; "He also answered
    questions about the customs union." names what he spoke about and stays one, as do "answered
    that …" and, at a meeting, "answered their numerous questions"."""
    body = (
        "Following the summit, Anton Brask answered questions from Velmoran journalists.\n\n"
        "He also answered questions about the customs union and the new border posts.\n\n"
        "Asked about the pipeline, Mr Brask answered that the work would start in spring."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "He also answered questions about the customs union and the new border posts."),
        ("Anton Brask", "indirect", "Asked about the pipeline, Mr Brask answered that the work would start in spring."),
    ])
    assert_statements("Anton Brask met informally with Velmoran rock musicians and answered their numerous questions.", [
        ("Anton Brask", "indirect", "Anton Brask met informally with Velmoran rock musicians and answered their numerous "
         "questions."),
    ])
