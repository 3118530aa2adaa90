"""Patterns found by the fifty-sixth held-out set (benchmarks/heldout/fiftysixth/, real
en.kremlin.ru readouts of 2016-2019): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_closed_before_its_comma_and_sourced_to_the_message_is_the_senders():
    """"“This convincing victory … course”, the message reads.": the closing mark stands before
    the comma, and the source is the written message, no person; the quotation is still the
    message's words, so the sender's direct statement (kremlin_54170 missed it; with ",”" the
    engine already read it so)."""
    body = ("Petr Halen sent a message of congratulations to Prime Minister of Ostrava Ilse Marren on her election "
            "to the post of President of Ostrava.\n\n"
            "“This victory reflects broad support for your efforts to resolve the country’s economic issues”, "
            "the message reads.\n\n"
            "Petr Halen stressed that Ms Marren is known in Velmora as a supporter of friendly relations.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen sent a message of congratulations to Prime Minister of Ostrava Ilse "
                                   "Marren on her election to the post of President of Ostrava."),
        ("Petr Halen", "direct", "This victory reflects broad support for your efforts to resolve the country’s "
                                 "economic issues"),
        ("Petr Halen", "indirect", "Petr Halen stressed that Ms Marren is known in Velmora as a supporter of "
                                   "friendly relations."),
    ])


def test_a_short_term_quoted_before_the_message_reads_stays_no_statement():
    """The guard: a quoted term of a few words before ", the letter says." is no speech of its own."""
    body = ("Petr Halen sent a letter of congratulations to Ilse Marren.\n\n"
            "The phrase “good neighbours”, the letter says.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen sent a letter of congratulations to Ilse Marren."),
    ])
