"""Statements found by helper h838 (known errors of labelled sets, no new set):
- "X said … . In their 20 years as sister cities, Alderport and Kelmby have … . Alderport would like to … . He
  called for …" (fivehundredsixtyfourth, Shanghai's releases): a pair of bare place names after an opening phrase,
  no person named in it, is no pair of people who met; the sentences between the mayor's two statements carry his
  words on (before, the pair ended his report, and both sentences were no one's).
- "… the China (Shanghai) Pilot Free Trade Zone (FTZ). We will further facilitate … . Since its inauguration …, the
  Shanghai FTZ has already made … ." (fivehundredsixtyfourth, Shanghai): a word or two and then initials the text
  gives in brackets after a body's name are that body, no person (before, a person "Shanghai FTZ", who could take the
  next "He" and kept the sentence out of the report); and the speaker's side's "We will …", which the report carries
  on as theirs, no longer ends it for the sentences between it and the speaker's next statement.

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


_FREE_PORT = (
    "Governor Anton Mereth of Dalvia met with Ambassador Tom Reyes on October 8.\n\n"
    "He said that Dalvia is making an effort to advance reforms within the Dalvia Free Port Zone (FPZ). "
    "We will further facilitate trade and treat domestic and foreign businesses equally. "
    "Since its opening a year ago, the Dalvia FPZ has already made a lot of progress. "
    "The Governor then spoke of the importance of the relationship."
)


def test_a_place_before_a_bodys_initials_is_no_one_and_the_report_runs_over_it():
    """Before, "the Dalvia FPZ" was a person (so no sentence naming it could carry a report on), and the side's
    "We will …" ended the governor's report for the sentence after it: "Since its opening …" was no one's."""
    assert_statements(_FREE_PORT, [
        ("Anton Mereth", "indirect", "He said that Dalvia is making an effort to advance reforms within the Dalvia Free "
                                     "Port Zone (FPZ)."),
        ("Anton Mereth", "indirect", "We will further facilitate trade and treat domestic and foreign businesses "
                                     "equally."),
        ("Anton Mereth", "indirect", "Since its opening a year ago, the Dalvia FPZ has already made a lot of progress."),
        ("Anton Mereth", "indirect", "The Governor then spoke of the importance of the relationship."),
    ])


def test_the_pronoun_after_a_place_before_a_bodys_initials_is_the_speaker():
    """Before, "He then spoke …" went to "Dalvia FPZ", a person made of the zone's name."""
    assert_statements((
        "Governor Anton Mereth of Dalvia met with Ambassador Tom Reyes on October 8.\n\n"
        "He said that Dalvia is making an effort to advance reforms within the Free Port Zone (FPZ). "
        "Since its opening a year ago, the Dalvia FPZ has already made a lot of progress. "
        "He then spoke of the importance of the relationship."
    ), [
        ("Anton Mereth", "indirect", "He said that Dalvia is making an effort to advance reforms within the Free Port "
                                     "Zone (FPZ)."),
        ("Anton Mereth", "indirect", "Since its opening a year ago, the Dalvia FPZ has already made a lot of progress."),
        ("Anton Mereth", "indirect", "He then spoke of the importance of the relationship."),
    ])
