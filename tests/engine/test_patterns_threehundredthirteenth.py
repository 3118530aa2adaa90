"""Readings of real Japanese government text of stop 34 (three-hundred-thirteenth): English readouts of the Ministry of
Foreign Affairs of Japan and of an Embassy of Japan.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "On May 19, Prime Minister Taro Yamada held telephone talks with Mr. Ivo Brenner, President of Freedonia."


def test_a_numbered_lead_in_after_a_message_opens_the_next_speakers_words():
    """"2. In response, Mr. X, Prime Minister Designate, stated as follows:" after Y's "(1) I …" paragraphs (three-hundred-
    thirteenth embassy of Japan pr07 2014): the point's number "2." is no first sentence of its own and "Mr." ends none, so
    the paragraph is seen to name its speaker; it is no more of Y's message, and the paragraphs after it are X's."""
    body = (
        _TALKS + "\n\n"
        "1. Prime Minister Yamada stated as follows:\n\n"
        "(1) I congratulate you on your victory. I believe our relationship is strong.\n\n"
        "(2) I would like to invite you to Kaldoria.\n\n"
        "2. In response, Mr. Ivo Brenner, President of Freedonia, stated as follows:\n\n"
        "(1) I thank you for your kind words."
    )
    assert_statements(body, [
        ("Taro Yamada", "direct", "(1) I congratulate you on your victory. I believe our relationship is strong."),
        ("Taro Yamada", "direct", "(2) I would like to invite you to Kaldoria."),
        ("Ivo Brenner", "direct", "(1) I thank you for your kind words."),
    ], title="Telephone Talks between Prime Minister Taro Yamada and President Ivo Brenner")


def test_a_short_phrase_quoted_inside_a_message_paragraph_stays_in_it():
    """"(1) I wholeheartedly congratulate you … blessed with "the largest potential for development of any bilateral
    relationship anywhere in the world."" after "Prime Minister Abe mentioned as follows:" (three-hundred-thirteenth
    embassy of Japan pr07 2014): a phrase quoted inside the paragraph leaves it the speaker's unquoted words, and the
    paragraph after it too."""
    body = (
        _TALKS + "\n\n"
        "1. Prime Minister Yamada mentioned as follows:\n\n"
        "(1) I congratulate you on your victory. I believe our ties hold \"the largest potential in the region.\"\n\n"
        "(2) I would like to invite you to Kaldoria."
    )
    assert_statements(body, [
        ("Taro Yamada", "direct",
         "(1) I congratulate you on your victory. I believe our ties hold \"the largest potential in the region.\""),
        ("Taro Yamada", "direct", "(2) I would like to invite you to Kaldoria."),
    ], title="Telephone Talks between Prime Minister Taro Yamada and President Ivo Brenner")


def test_a_quotation_signed_by_another_after_a_message_stays_his():
    """Guard: after Y's "(1) I …" paragraph, a paragraph that opens with a quotation and names who said it is that
    person's, not more of Y's message (only phrases quoted inside a paragraph, none opening it, are let in)."""
    body = (
        _TALKS + "\n\n"
        "1. Prime Minister Yamada stated as follows:\n\n"
        "(1) I congratulate you on your victory.\n\n"
        "\u201cWe will work together,\u201d President Brenner said."
    )
    assert_statements(body, [
        ("Taro Yamada", "direct", "(1) I congratulate you on your victory."),
        ("Ivo Brenner", "direct", "We will work together"),
    ], title="Telephone Talks between Prime Minister Taro Yamada and President Ivo Brenner")


def test_a_numbered_point_of_the_pair_after_a_message_is_no_ones():
    """Guard: "2. The two leaders agreed …" after Y's "(1) I …" paragraph tells of the pair in the third person: not
    Y's words (the point's number skipped, the sentence's subject is read as before)."""
    body = (
        _TALKS + "\n\n"
        "1. Prime Minister Yamada stated as follows:\n\n"
        "(1) I congratulate you on your victory.\n\n"
        "2. The two leaders agreed to meet at an early date."
    )
    assert_statements(body, [
        ("Taro Yamada", "direct", "(1) I congratulate you on your victory."),
    ], title="Telephone Talks between Prime Minister Taro Yamada and President Ivo Brenner")
