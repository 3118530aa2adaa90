"""Rules from the hundred-sixty-ninth held-out set (en.kremlin.ru, Oct 2021 - Jan 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_monuments_quoted_inscription_is_no_ones_words():
    """"The bottom of the monument carries the inscription:"We are a single people, and we have only one Russia.""
    (67065): an inscription's words are a text, not the words of the host whose greetings the readout gives (GOLD-FORMAT:
    a quoted text with no speaker; seventysecond 73013). Before, the quotation and the sentence after it were the
    host's."""
    body = ("President Arvel Dunmore visited the memorial in Kestrin and congratulated the people of Velora on the holiday.\n\n"
            "The base of the monument bears the inscription:\"No one is forgotten, "
            "and nothing is forgotten.\" This is where the eternal flame burns.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "President Arvel Dunmore visited the memorial in Kestrin and congratulated the people of Velora on the holiday."),
    ])


def test_a_quotation_a_speaker_reads_out_after_a_colon_stays_his():
    """The guard: a speaker's own lead-in ends on a colon too ("The President said:"); only an inscription, an
    engraving or a banner's lead-in gives its words to no one."""
    body = ("President Arvel Dunmore visited the memorial in Kestrin.\n\n"
            "The President said:\"We remember every one of them, and we always will.\"")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "We remember every one of them, and we always will."),
    ])
