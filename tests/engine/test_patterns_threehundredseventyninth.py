"""Readings of real Kremlin text of stop 36 (three-hundred-seventy-ninth): telephone conversations and meetings of
August 2020 on en.kremlin.ru.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_there_was_an_understanding_is_no_ones_report():
    """"… the Russian President stressed the utter futility of … There was an understanding that preventing an
    escalation of any kind is most important." (three-hundred-seventy-ninth kremlin_63949): a shared understanding
    told as what there was, agentless (as "it was agreed"), not the President's report carried on."""
    body = (
        "President Oren Vask had a telephone conversation with Prime Minister of Kaldoria Mira Tal.\n\n"
        "During the exchange of opinions on the situation in Vestra, the President stressed the futility of any "
        "attempts to interfere in its affairs. There was an understanding that preventing an escalation is most "
        "important."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "During the exchange of opinions on the situation in Vestra, the President stressed "
         "the futility of any attempts to interfere in its affairs."),
    ], title="Telephone conversation with Prime Minister of Kaldoria Mira Tal")


def test_there_was_broad_agreement_is_no_ones_report():
    """The same with "There was broad agreement that …": what the meeting reached, no one's report."""
    body = (
        "President Oren Vask had a telephone conversation with Prime Minister of Kaldoria Mira Tal.\n\n"
        "President Vask emphasised that the border must stay open. There was broad agreement that trade should grow."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask emphasised that the border must stay open."),
    ], title="Telephone conversation with Prime Minister of Kaldoria Mira Tal")


def test_a_carried_on_sentence_after_stressed_stays_the_speakers():
    """Guard: a sentence that plainly carries on the report ("In particular, …") is still the President's."""
    body = (
        "President Oren Vask had a telephone conversation with Prime Minister of Kaldoria Mira Tal.\n\n"
        "President Vask emphasised that the border must stay open. In particular, the crossing at Nerra should "
        "reopen next week."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask emphasised that the border must stay open."),
        ("Oren Vask", "indirect", "In particular, the crossing at Nerra should reopen next week."),
    ], title="Telephone conversation with Prime Minister of Kaldoria Mira Tal")
