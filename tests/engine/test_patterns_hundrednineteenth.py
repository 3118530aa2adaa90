"""Patterns found by the hundred-nineteenth held-out set (real Kremlin news readouts, March 2013, from the
en.kremlin.ru mirror the corpus was taken from).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_pronoun_after_during_which_is_the_sentences_subject():
    """"Petr Halen held a working meeting with X and Y, during which he announced his intention to
    nominate X …": "which" is the meeting, not what was said; "he" is the subject who holds it, and the
    sentence is his statement, as "…, where he discussed …" is."""
    body = (
        "Petr Halen will propose the candidacy of Anna Vorel for the post of Central Bank Chairperson\n\n"
        "Petr Halen held a working meeting with Presidential Aide Anna Vorel and Central Bank Chairman "
        "Ivo Marek, during which he announced his intention to nominate Anna Vorel for the post of chairperson "
        "of the Central Bank of Ostrava.\n\n"
        "Mr Marek's term in office will expire in June."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen held a working meeting with Presidential Aide Anna Vorel and Central "
                                   "Bank Chairman Ivo Marek, during which he announced his intention to nominate "
                                   "Anna Vorel for the post of chairperson of the Central Bank of Ostrava."),
    ])


def test_a_pronoun_after_during_which_is_a_described_subject_not_the_last_named():
    """"The President had a meeting with Ivo Marek, during which he announced his decision to appoint
    him …": "he" is the President who had the meeting, not Ivo Marek, named last."""
    body = (
        "Meeting with Ivo Marek\n\n"
        "President of Ostrava Petr Halen arrived in Velm.\n\n"
        "The President had a meeting with Ivo Marek, during which he announced his decision to appoint him "
        "Acting Governor of Velm Region."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President had a meeting with Ivo Marek, during which he announced his "
                                   "decision to appoint him Acting Governor of Velm Region."),
    ])


def test_a_which_that_is_what_was_said_stays_no_statement():
    """The guard: "…, which he announced in May" ("which" the thing announced, no "during"/"at" before it)
    stays a relative clause, no one's statement."""
    body = (
        "Visit to a shipyard\n\n"
        "Petr Halen visited the Velm shipyard to see the new programme, which he announced in May."
    )
    assert_statements(body, [])


def test_a_branch_of_the_economy_in_ing_carries_the_governors_report_on():
    """"The Governor said that … . Mining is the regional economy's mainstay. Gold extraction has …": a
    capitalised word in -ing that "is" calls a branch of the economy is a gerund, no one's name, and the
    sentence carries the report on; a lone capitalised word that is a place's name ("Kunming is a sister
    city …") still ends it."""
    body = (
        "Working meeting with Governor of Velm Region Ivo Marek\n\n"
        "Mr Marek briefed the President on the socioeconomic situation in the region.\n\n"
        "The Governor said that the region's gross regional product has doubled since 2010. Fishing is the "
        "regional economy's mainstay. Fish processing has gone from 4 tons to 19 tons.\n\n"
        "Tarnow is a sister city of the regional capital."
    )
    assert_statements(body, [
        ("Ivo Marek", "indirect", "Mr Marek briefed the President on the socioeconomic situation in the region."),
        ("Ivo Marek", "indirect", "The Governor said that the region's gross regional product has doubled since 2010."),
        ("Ivo Marek", "indirect", "Fishing is the regional economy's mainstay."),
        ("Ivo Marek", "indirect", "Fish processing has gone from 4 tons to 19 tons."),
    ])


def test_other_speech_after_during_which_stays_narrative():
    """The sets' convention: only an announced decision or intention makes the "during which" lead the
    subject's statement; "…, during which he congratulated Y on his birthday" stays narrative."""
    body = (
        "Telephone conversation with President of Valdoria Ivo Marek\n\n"
        "Petr Halen had a telephone conversation with President of Valdoria, during which he congratulated "
        "Ivo Marek on his birthday."
    )
    assert_statements(body, [])
