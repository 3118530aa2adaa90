"""Statements found by helper h866 (sixhundredfiftieth, the Chief Minister's Office of Odisha as Indian papers and
agencies print it):
- "presented a 'Kalachitra' painting to the King": a short quotation between an article and the lower-case noun it
  modifies is a term naming a kind of thing, no one's words (before, the next name's direct statement).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_term_between_an_article_and_its_noun_is_no_ones():
    assert_statements((
        "Governor Arun Dalvi met King Ostrel of Varnia in Meridor on Friday.\n\n"
        "On behalf of the people of the province, the governor presented a 'Kalachitra' painting to the King, the head "
        "of the royal house, and sought his blessings, an official statement said.\n\n"
        "\"It was an honour to meet His Majesty,\" Dalvi said."
    ), [
        ("Arun Dalvi", "direct", "It was an honour to meet His Majesty,"),
    ])


def test_a_quotation_after_an_article_that_ends_the_clause_stays_speech():
    # guard: a quotation after "a" closed by a comma and the speaker's cue is still his words
    assert_statements((
        "Governor Arun Dalvi met King Ostrel of Varnia in Meridor on Friday.\n\n"
        "\"It was a great day for the province,\" Dalvi said."
    ), [
        ("Arun Dalvi", "direct", "It was a great day for the province,"),
    ])


def test_prayers_offered_at_a_shrine_are_no_words():
    assert_statements((
        "Envoy Tomas Reyl called on Governor Arun Dalvi in Meridor on Thursday.\n\n"
        "During his meeting with the mayor, Reyl discussed ways to improve the skills of young women. "
        "Earlier in the morning, he visited the Varna temple and offered his prayers."
    ), [
        ("Tomas Reyl", "indirect", "During his meeting with the mayor, Reyl discussed ways to improve the skills of "
                                   "young women."),
    ])


def test_prayers_offered_for_victims_stay_a_statement():
    # guard: prayers offered for someone are a sympathy said, the speaker's statement
    assert_statements((
        "Governor Arun Dalvi met the Mayor of Varna on Thursday.\n\n"
        "Dalvi offered his prayers for the victims of the floods."
    ), [
        ("Arun Dalvi", "indirect", "Dalvi offered his prayers for the victims of the floods."),
    ])
