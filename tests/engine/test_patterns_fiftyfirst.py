"""Patterns found by the fiftyfirst held-out set (real Kremlin news readouts, 2016-2020).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_whose_office_names_a_company_with_a_dot():
    """"Chairman of the State Development Corporation VELB.RF Oleg Darin: …": the full stop
    inside "VELB.RF" (no space after it) ends no sentence, so the paragraph opens with a
    transcript label and the words after it are Darin's, not the last speaker's turn."""
    body = (
        "Petr Halen had a working meeting with Chairman of the State Development Corporation "
        "VELB.RF Oleg Darin.\n\n"
        "President of Ostrava Petr Halen: Mr Darin, how is the corporation doing?\n\n"
        "Chairman of the State Development Corporation VELB.RF Oleg Darin: Mr President, the corporation "
        "is stable. We have repaid our foreign debt.\n\n"
        "We now finance ten large projects.\n\n"
        "Petr Halen: All right."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Mr Darin, how is the corporation doing?"),
        ("Oleg Darin", "direct", "Mr President, the corporation is stable. We have repaid our foreign debt."),
        ("Oleg Darin", "direct", "We now finance ten large projects."),
        ("Petr Halen", "direct", "All right."),
    ])


def test_an_economic_figure_opening_a_sentence_is_no_ones_name():
    """"Inflation has slowed …", "Metals production was up 24 percent …" in a governor's
    reported briefing: the capitalised first word is an economic figure, not a person's
    name, so the sentence carries her report on like "Investment increased 40 percent"."""
    body = (
        "Governor of the Velm Region Anna Sorel briefed Petr Halen on the situation in the region.\n\n"
        "Anna Sorel said there are positive trends in the main indicators. "
        "In the first nine months, industrial output increased by 14 percent. "
        "Metals production was up 24 percent and ship repairs 19 percent. "
        "Inflation has slowed, and the labour market has stabilised.\n\n"
        "Petr Halen pledged support for the region's programme."
    )
    assert_statements(body, [
        ("Anna Sorel", "indirect", "Governor of the Velm Region Anna Sorel briefed Petr Halen on the situation in the region."),
        ("Anna Sorel", "indirect", "Anna Sorel said there are positive trends in the main indicators."),
        ("Anna Sorel", "indirect", "In the first nine months, industrial output increased by 14 percent."),
        ("Anna Sorel", "indirect", "Metals production was up 24 percent and ship repairs 19 percent."),
        ("Anna Sorel", "indirect", "Inflation has slowed, and the labour market has stabilised."),
        ("Petr Halen", "indirect", "Petr Halen pledged support for the region's programme."),
    ])


def test_a_label_printed_with_a_full_stop_for_its_colon():
    """"Petr Halen. Thank you." at the end of a transcript: a first sentence that is only the
    full name of someone who has had a labelled turn is his label printed with a full stop,
    so "Thank you." is his, not the turn of the guest before him."""
    body = (
        "Petr Halen had a meeting with President of Velmora Ivo Marek.\n\n"
        "* * *\n\n"
        "President of Ostrava Petr Halen: Mr Marek, it is a pleasure to see you.\n\n"
        "President of Velmora Ivo Marek: Mr President, thank you for this meeting.\n\n"
        "I would like to convey the best wishes of our people.\n\n"
        "Petr Halen. Thank you."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Mr Marek, it is a pleasure to see you."),
        ("Ivo Marek", "direct", "Mr President, thank you for this meeting."),
        ("Ivo Marek", "direct", "I would like to convey the best wishes of our people."),
        ("Petr Halen", "direct", "Thank you."),
    ])
