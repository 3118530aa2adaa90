"""Statements found by helper h844 (known errors of labelled sets, no new set):
- "X and Y met in Varnow on Tuesday and the Prime Minister said:" / "“…”": the place and the day before "and" are no
  person, so "Varnow on Tuesday and the Prime Minister" is no pair of people whose quotation is no one's; and "and the
  Prime Minister said" closing the sentence only leads the quotation in, as "with the Prime Minister saying:" does:
  the meeting before it is narrative, no statement of his.
- "X received the sad news today from Y, confirming the passing of …" (sixhundredtwentyseventh, PEI's Lieutenant
  Governor): the participle after the news and its sender tells what the news says, no statement of the receiver.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_and_the_office_said_before_a_quoted_paragraph_gives_the_quotation_to_the_office_holder():
    """Before, the quotation went to no one: "Varnow on Tuesday and the Prime Minister" was read as a pair."""
    assert_statements((
        "The President of Kastravia, Ilona Brenn, and the Prime Minister of Norvane, Tomas Hell, met in Varnow on "
        "Tuesday and the Prime Minister said:\n\n"
        "“We have agreed to deepen our trade ties and to work together on energy.”\n\n"
        "The two leaders also discussed regional security."
    ), [
        ("Tomas Hell", "direct", "We have agreed to deepen our trade ties and to work together on energy."),
    ])


def test_a_speech_verb_before_and_the_office_said_stays_a_statement():
    """Guard: "Brenn thanked … and the Prime Minister said:": her thanks are her statement, his lead-in none."""
    assert_statements((
        "The President of Kastravia, Ilona Brenn, received the Prime Minister of Norvane, Tomas Hell, in Varnow on "
        "Tuesday.\n\n"
        "Ilona Brenn thanked the Prime Minister for the visit and the Prime Minister said:\n\n"
        "“We have agreed to deepen our trade ties.”"
    ), [
        ("Ilona Brenn", "indirect", "Ilona Brenn thanked the Prime Minister for the visit"),
        ("Tomas Hell", "direct", "We have agreed to deepen our trade ties."),
    ])


def test_a_participle_after_news_from_someone_is_no_statement_of_the_receiver():
    """Before, the whole sentence was Lise Tarn's indirect statement ("confirming" her verb)."""
    assert_statements((
        "Lise Tarn, Governor of Alder Province, received the sad news today from the Governor of Kelm, "
        "confirming the passing of the former Premier, Orin Vask.\n\n"
        "Governor Tarn said the province mourns him."
    ), [
        ("Lise Tarn", "indirect", "Governor Tarn said the province mourns him."),
    ])


def test_a_participle_after_the_receivers_own_words_stays_hers():
    """Guard: no news before the participle: "…, confirming …" goes on with the subject's own statement."""
    assert_statements((
        "Governor Lise Tarn thanked the Governor of Kelm for his letter, confirming that the province will send aid."
    ), [
        ("Lise Tarn", "indirect", "Governor Lise Tarn thanked the Governor of Kelm for his letter, confirming that the "
                                  "province will send aid."),
    ])
