"""Readings of real UK Government text of stop 31 (two-hundred-seventy-third): a British Secretary of State's
style given alone ("The Foreign Secretary said: …", the release naming him nowhere) is the speaker.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change. (The set's helper wrote three rules on an
older engine; the unnamed Foreign Secretary and the unquoted paragraphs after "X said:" are read by rules of the
two-hundred-thirty-ninth and two-hundred-sixty-seventh sets, which these tests now hold to this set's sentences;
the peer's style, "Lord Collins", is this set's own rule.)
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_secretary_of_states_style_alone_is_the_speaker():
    """"The Foreign Secretary said: “I am very pleased to have such an early opportunity to meet so many of my
    European, Latin American and Caribbean colleagues.”" (two-hundred-seventy-third eu_lac): a department's release
    that never names its own head; the office is the speaker, as "the Prime Minister" is."""
    body = (
        "The meeting is being held in advance of the Kaldorian summit in Vestra on Tuesday.\n\n"
        "The Foreign Secretary said: “I am very pleased to meet so many of my Kaldorian colleagues.”\n\n"
        "The summit will focus on trade."
    )
    assert_statements(body, [
        ("The Foreign Secretary", "direct", "I am very pleased to meet so many of my Kaldorian colleagues."),
    ], title="Foreign Secretary meets Kaldorian ministers")


def test_a_named_secretary_keeps_his_name():
    """Guard: "Foreign Secretary Oren Vask … The Foreign Secretary said …" is Oren Vask, not a second, unnamed
    holder of the office."""
    body = (
        "Foreign Secretary Oren Vask met the Kaldorian Foreign Minister in Vestra today.\n\n"
        "The Foreign Secretary said: “Our partnership has never been stronger.”"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Our partnership has never been stronger."),
    ], title="Foreign Secretary meets Kaldorian counterpart")


def test_unquoted_paragraphs_after_said_colon_are_the_speakers():
    """"Ms Villiers said: / I’d like to thank Dr Haass and all the participants … / It is sad that the final hours of
    this latest round of talks …" (two-hundred-seventy-third villiers; twohundredsixtyseventh harris "Speaking afterwards,
    the Secretary of State said:"): a lead-in paragraph ending "X said:", then X's words unquoted, one direct
    statement per paragraph."""
    body = (
        "The Kaldorian parties met in Vestra overnight.\n\n"
        "Speaking afterwards, Oren Vask said:\n\n"
        "I would like to thank all the participants. I hope that work can continue after the holiday.\n\n"
        "It is sad that the talks ended without agreement."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "I would like to thank all the participants. I hope that work can continue after the holiday."),
        ("Oren Vask", "direct", "It is sad that the talks ended without agreement."),
    ], title="Vask responds after talks")


def test_a_third_person_paragraph_after_said_colon_is_the_readouts_voice():
    """Guard: after "Oren Vask said:" and his words, "Oren Vask also visited the port." tells of him in the third
    person: the release's voice again, no statement."""
    body = (
        "Oren Vask said:\n\n"
        "I would like to thank all the participants.\n\n"
        "Oren Vask also visited the port of Vestra."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "I would like to thank all the participants."),
    ], title="Vask responds after talks")


def test_a_peers_style_before_a_surname_makes_a_person():
    """"Expressing optimism about the future of the UK-Angola partnership, Lord Collins stated: / “This was my first
    visit to Angola …”" (two-hundred-seventy-third collins_angola): "Lord" before a lone surname is a person's style,
    as "Mr" and "Sir" are."""
    body = "Lord Vask said: “This was my first visit to Kaldoria since my appointment.”"
    assert_statements(body, [
        ("Vask", "direct", "This was my first visit to Kaldoria since my appointment."),
    ], title="Minister for Kaldoria visits Vestra")


def test_the_first_lady_is_not_a_lady_before_a_name():
    """Guard: "the First Lady" keeps its office ("First" opens the phrase, not "Lady"): she is the one named."""
    body = "First Lady Mara Vask visited a school in Vestra. The First Lady said: “Every child deserves a teacher.”"
    assert_statements(body, [
        ("Mara Vask", "direct", "Every child deserves a teacher."),
    ], title="First Lady visits a school")
