"""Patterns found by the eightysecond held-out set (real Kremlin news readouts of April 2013).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_parenthetical_between_a_verb_and_its_complement_keeps_the_cue():
    """"The Governor spoke, in particular, about housing …": a parenthetical set off by commas
    ("in particular", "among other things", "above all" …) between a verb and the complement it
    needs leaves the verb a cue, as "spoke about" is (not "The delegation spoke, in particular,
    with farmers.", which has no complement of speech)."""
    title = "Working meeting with Governor of Lindmark Region Pavel Osk"
    body = (
        "Mr Osk briefed Anton Brask on the situation in the region.\n\n"
        "The Governor spoke, in particular, about housing construction plans and wage rises for teachers. "
        "Road costs were also a subject of discussion.\n\n"
        "President Anton Brask pointed, among other things, to the need to build more schools."
    )
    assert_statements(body, [
        ("Pavel Osk", "indirect", "Mr Osk briefed Anton Brask on the situation in the region."),
        ("Pavel Osk", "indirect", "The Governor spoke, in particular, about housing construction plans and wage "
                                  "rises for teachers."),
        ("Anton Brask", "indirect", "President Anton Brask pointed, among other things, to the need to build more schools."),
    ], title=title)


def test_a_pair_whose_second_is_a_bodys_interim_officer_acts_together():
    """"The Russian President and FILA interim president stressed …": the second of the two is
    an officer named by a body's name, a modifier of office (interim, acting, former …) and the
    office in lower case; the two stress it together, no one's statement."""
    title = "Meeting with WSF interim President Karel Dunn"
    body = (
        "Anton Brask had a brief conversation with interim President of the WSF Karel Dunn.\n\n"
        "The Freeland President and WSF interim president stressed the significance of rowing. "
        "Anton Brask noted that rowing should stay on the programme."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask noted that rowing should stay on the programme."),
    ], title=title)


def test_a_message_as_subject_is_the_sender_the_body_names_before():
    """"Vladimir Putin sent his condolences to …" and then "The telegram notes that …": when the
    title names no sender ("Condolences to President of Iran"), the message the sentence speaks
    of is the one the last statement before it sends, its sender's words (and so on over the
    next sentences on it); a message no one was said to send stays no one's."""
    title = "Condolences to President of Osterra"
    body = (
        "Anton Brask sent his condolences to President of Osterra Piet Halen following an earthquake.\n\n"
        "The telegram notes that Freeland shares the pain of those who lost family members. "
        "The message says that Freeland is ready to help."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask sent his condolences to President of Osterra Piet Halen following "
                                    "an earthquake."),
        ("Anton Brask", "indirect", "The telegram notes that Freeland shares the pain of those who lost family members."),
        ("Anton Brask", "indirect", "The message says that Freeland is ready to help."),
    ], title=title)
    assert_statements("Anton Brask met Piet Halen in Osterra.\n\nThe telegram notes that Freeland shares the pain "
                      "of those who lost family members.", [], title="Meeting with Piet Halen")


def test_a_speech_verbs_form_after_a_preposition_and_an_ing_word_is_a_noun():
    """"At the same time, problems remain with shortage of places in kindergartens with waiting
    lists of 17,000 children.": "lists" after "with waiting" is a noun, no cue word, so the
    sentence carries on the governor's report between his statements as it would without it."""
    title = "Working meeting with Lindmark Region Governor Pavel Osk"
    body = (
        "Anton Brask had a working meeting with Governor of Lindmark Region Pavel Osk.\n\n"
        "According to Mr Osk, the region gives a great deal of attention to the social sector. "
        "The Governor also announced that three thousand new jobs had been created in the region.\n\n"
        "At the same time, problems remain with shortage of places in kindergartens with waiting lists of "
        "9,000 children. In addition, Mr Osk noted the difficulties in developing roads."
    )
    assert_statements(body, [
        ("Pavel Osk", "indirect", "According to Mr Osk, the region gives a great deal of attention to the social sector."),
        ("Pavel Osk", "indirect", "The Governor also announced that three thousand new jobs had been created in the region."),
        ("Pavel Osk", "indirect", "At the same time, problems remain with shortage of places in kindergartens with "
                                  "waiting lists of 9,000 children."),
        ("Pavel Osk", "indirect", "In addition, Mr Osk noted the difficulties in developing roads."),
    ], title=title)
