"""Patterns found by the sixty-second held-out set (benchmarks/heldout/sixtysecond/, real
president.gov.ua readouts of December 2021 to June 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_according_to_the_government_is_a_source_of_its_own():
    """"According to the government, 61,000 new cases were detected …" after the President's
    statement: a body is its source, so it carries no one's report on (72001; and "According to
    the National Security and Defense Council, …" after the Prime Minister's)."""
    body = ("President of Norland Petr Vask held a conference call. The President stressed the need to "
            "intensify vaccination. According to the government, 61,000 new cases were detected last week. "
            "Prime Minister Jan Holub also said that new measures had been developed for mass events. "
            "According to the National Security Council, the situation during the holidays should be stable.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "The President stressed the need to intensify vaccination."),
        ("Jan Holub", "indirect", "Prime Minister Jan Holub also said that new measures had been developed "
                                  "for mass events."),
    ])


def test_according_to_estimates_is_no_carry_on():
    """"According to preliminary estimates, the event brought together …" right after a
    person's statement: figures are its source, not more of that person's words (75481)."""
    body = ("Deputy Head of the Office Ivan Drok visited Ostria. Ivan Drok praised the mayor's part in "
            "organizing the marathon \"Run for Norland\". According to preliminary estimates, the event "
            "brought together more than 3,000 participants.")
    assert_statements(body, [
        ("Ivan Drok", "indirect", "Ivan Drok praised the mayor's part in organizing the marathon \"Run for "
                                  "Norland\"."),
    ])


def test_the_topics_of_the_meeting_are_no_carry_on():
    """"The key topics of the meeting were …" after a quotation of the President: what the
    meeting spoke of, as "… were discussed" (75489)."""
    body = ("President of Norland Petr Vask met with President of Ostria Ana Lind. \"The Ostrian people fully "
            "support Norland,\" said the President. The key topics of the meeting were defense and economic "
            "assistance, as well as sanctions. \"Ostria's contribution is really significant,\" Petr Vask "
            "stressed.")
    assert_statements(body, [
        ("Petr Vask", "direct", "The Ostrian people fully support Norland,"),
        ("Petr Vask", "direct", "Ostria's contribution is really significant,"),
    ])


def test_a_topic_raised_by_the_speakers_is_no_carry_on():
    """"An important topic raised by the speakers was …" between two statements of one person:
    a group's topic, not more of his words (75481)."""
    body = ("Deputy Head of the Office Ivan Drok visited Ostria. Ivan Drok informed the Minister about new "
            "export routes. Ivan Drok also took part in an event marking the anniversary of the alliance. An "
            "important topic raised by the speakers was the need to strengthen defense capabilities. Ivan Drok "
            "thanked the Ostrian people for their support.")
    assert_statements(body, [
        ("Ivan Drok", "indirect", "Ivan Drok informed the Minister about new export routes."),
        ("Ivan Drok", "indirect", "Ivan Drok thanked the Ostrian people for their support."),
    ])


def test_currently_a_body_acts_is_no_carry_on():
    """"Currently, the Ministry of Digital Transformation is finalizing …" after the President's
    statement: the readout tells what a body does, as after "In addition," (72001)."""
    body = ("President of Norland Petr Vask held a conference call. The Head of State expressed confidence "
            "that such a step would increase the number of vaccinations. Currently, the Ministry of Digital "
            "Transformation is finalizing the technical possibilities. Prime Minister Jan Holub noted that the "
            "rate of vaccination has been declining.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "The Head of State expressed confidence that such a step would increase the "
                                  "number of vaccinations."),
        ("Jan Holub", "indirect", "Prime Minister Jan Holub noted that the rate of vaccination has been "
                                  "declining."),
    ])
