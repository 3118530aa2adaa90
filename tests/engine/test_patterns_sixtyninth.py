"""Patterns found by the sixtyninth held-out set (real Kremlin news readouts, 2003 and 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_what_a_body_may_do_after_an_opening_connective_carries_the_argument_on():
    """"At the same time, the Security Council may need to adopt …" after "…, President X
    said.": what a body may, must or should do is the speaker's argument going on, not the
    readout's word on what the body did ("In addition, the Council adopted …" stays narrative)."""
    body = (
        "President Anton Brask held talks with Prime Minister Piet Halen.\n\n"
        "The decision must be taken by professionals and submitted to the Council, President Brask said. "
        "At the same time, the Security Council may need to adopt a new resolution if the inspectors are "
        "dissatisfied with their working conditions.\n\n"
        "The President also noted that the talks had been useful. "
        "In addition, the Security Council adopted a resolution on the border."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The decision must be taken by professionals and submitted to the Council, "
                                    "President Brask said."),
        ("Anton Brask", "indirect", "At the same time, the Security Council may need to adopt a new resolution "
                                    "if the inspectors are dissatisfied with their working conditions."),
        ("Anton Brask", "indirect", "The President also noted that the talks had been useful."),
    ])


def test_a_plural_noun_made_from_a_verb_opening_a_sentence_is_no_name():
    """"Preparations were under way for …" after "He explained that …": "Preparations" (a
    plural in -tions, -sions or -ments before a plural verb) is no one's name, so the envoy's
    report goes on over the sentence."""
    body = (
        "President Anton Brask met with envoy Piet Halen.\n\n"
        "At the meeting, Piet Halen said that the work had been stepped up.\n\n"
        "He explained that the work would now focus on sectors. "
        "Preparations were under way for a meeting on transport and agriculture.\n\n"
        "Mr Halen told Mr Brask that a concept was being drafted."
    )
    assert_statements(body, [
        ("Piet Halen", "indirect", "At the meeting, Piet Halen said that the work had been stepped up."),
        ("Piet Halen", "indirect", "He explained that the work would now focus on sectors."),
        ("Piet Halen", "indirect", "Preparations were under way for a meeting on transport and agriculture."),
        ("Piet Halen", "indirect", "Mr Halen told Mr Brask that a concept was being drafted."),
    ])


def test_a_bodys_judgement_in_a_relative_clause_without_that_is_no_cue():
    """"… the sectors the government considers most promising.": a relative clause with no
    "that" describing the sectors, not the government speaking, so the President's point goes
    on over the sentence (a person's judgement in such a clause stays theirs)."""
    body = (
        "President Anton Brask met with the Cabinet.\n\n"
        "Meeting with the Cabinet, President Anton Brask stressed that decisions on the Fund should follow "
        "the main economic trends. The Fund should be an effective instrument for developing the sectors "
        "the government considers most promising.\n\n"
        "Minister Piet Halen informed the meeting that the rules were ready."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Meeting with the Cabinet, President Anton Brask stressed that decisions on "
                                    "the Fund should follow the main economic trends."),
        ("Anton Brask", "indirect", "The Fund should be an effective instrument for developing the sectors the "
                                    "government considers most promising."),
        ("Piet Halen", "indirect", "Minister Piet Halen informed the meeting that the rules were ready."),
    ])
