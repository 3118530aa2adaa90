"""Statements found by helper h838 (known errors of labelled sets, no new set):
- "X said … . In their 20 years as sister cities, Alderport and Kelmby have … . Alderport would like to … . He
  called for …" (fivehundredsixtyfourth, Shanghai's releases): a pair of bare place names after an opening phrase,
  no person named in it, is no pair of people who met; the sentences between the mayor's two statements carry his
  words on (before, the pair ended his report, and both sentences were no one's).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_sister_cities_named_after_an_opening_phrase_carry_the_mayors_words_on():
    """Before, only the first and the last sentence were Orin Vask's."""
    assert_statements((
        "On May 9, Orin Vask, mayor of Alderport, met with Lise Tarn, mayor of Kelmby, and her delegation.\n\n"
        "Orin Vask said the two countries have seen smooth development of their relations. "
        "In their 20 years as sister cities, Alderport and Kelmby have conducted continual exchange and visits. "
        "Alderport would like to strengthen cooperation with cities around the world. "
        "He called for the two cities to learn from each other more."
    ), [
        ("Orin Vask", "indirect", "Orin Vask said the two countries have seen smooth development of their relations."),
        ("Orin Vask", "indirect", "In their 20 years as sister cities, Alderport and Kelmby have conducted continual "
                                  "exchange and visits."),
        ("Orin Vask", "indirect", "Alderport would like to strengthen cooperation with cities around the world."),
        ("Orin Vask", "indirect", "He called for the two cities to learn from each other more."),
    ])


def test_two_people_named_after_an_opening_phrase_still_end_the_report():
    """Guard: "Vask and Tarn", two people named, are the people who met: what they did together is no one's
    statement, though it stands between two statements of one of them."""
    assert_statements((
        "On May 9, Orin Vask, mayor of Alderport, met with Lise Tarn, mayor of Kelmby.\n\n"
        "Orin Vask said the two countries have seen smooth development of their relations. "
        "After the talks, Vask and Tarn planted a tree in the city park. "
        "He called for the two cities to learn from each other more."
    ), [
        ("Orin Vask", "indirect", "Orin Vask said the two countries have seen smooth development of their relations."),
        ("Orin Vask", "indirect", "He called for the two cities to learn from each other more."),
    ])
