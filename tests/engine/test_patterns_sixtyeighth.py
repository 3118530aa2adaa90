"""Patterns found by the sixtyeighth held-out set (real White House readouts, 2021-2025).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_reemphasized_is_a_speech_verb():
    """"Mr. Halvorsen reemphasized President Brask's longstanding vision for …": stressed again, as
    "reaffirmed" and "reiterated" are; the hyphenated "re-emphasised" too."""
    body = (
        "National Security Advisor Tomas Halvorsen met today in Velmora with President Anton Rusk of Ostrava. "
        "Mr. Halvorsen reemphasized President Brask’s longstanding vision for a more peaceful and integrated region.\n\n"
        "Ambassador Lena Morvik re-emphasised the need for a lasting ceasefire."
    )
    assert_statements(body, [
        ("Tomas Halvorsen", "indirect", "Mr. Halvorsen reemphasized President Brask’s longstanding vision for a more "
         "peaceful and integrated region."),
        ("Lena Morvik", "indirect", "Ambassador Lena Morvik re-emphasised the need for a lasting ceasefire."),
    ])


def test_todays_announcement_between_two_statements_is_news():
    """"The Vice President noted progress … The implementation of the Strategy includes today’s
    announcement of $4 million … The Vice President updated …": the day's news the readout gives,
    between two statements of one person, not her words carried on."""
    body = (
        "Vice President Mara Lind spoke today with President Anton Rusk of Ostrava. "
        "The Vice President noted progress made to address the drivers of migration through the Velmora Plan, "
        "which she leads. The implementation of the Plan includes today’s announcement of $4 million in funding "
        "to combat violence in the region. The Vice President updated President Rusk on efforts to create "
        "economic opportunities in Ostrava."
    )
    assert_statements(body, [
        ("Mara Lind", "indirect", "The Vice President noted progress made to address the drivers of migration through "
         "the Velmora Plan, which she leads."),
        ("Mara Lind", "indirect", "The Vice President updated President Rusk on efforts to create economic "
         "opportunities in Ostrava."),
    ])
