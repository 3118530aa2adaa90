"""Patterns found by the hundred-fourteenth held-out set (real Kremlin news readouts, June 2006, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_named_several_advantages_states_points():
    """"Mr X named several competitive advantages that can help …": points stated, as "named several
    priorities"; the sentence that lists them ("They include, firstly, …") carries his words on."""
    body = (
        "Petr Halen took part in the Ostrava Economic Forum\n\n"
        "The forum opened in Ostrava on Tuesday.\n\n"
        "Deputy Prime Minister Anton Drass named several competitive advantages that can help Ostrava become a "
        "leader in the region. They include, firstly, the skills of its workers, and secondly, its ports."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Deputy Prime Minister Anton Drass named several competitive advantages that can "
                                    "help Ostrava become a leader in the region."),
        ("Anton Drass", "indirect", "They include, firstly, the skills of its workers, and secondly, its ports."),
    ])


def test_named_a_street_after_is_no_statement():
    """Guard: "named the new street after …" names a thing; no one speaks."""
    body = (
        "Petr Halen visited Ostrava\n\n"
        "The city council named the new street after the poet Ivo Marek. "
        "Petr Halen laid flowers at the monument."
    )
    assert_statements(body, [])


def test_in_the_head_of_states_opinion_is_the_presidents():
    """"In the head of state’s opinion, …": the office with "of" and its "’s" is one person, the
    President named before, not a second speaker "the head"."""
    body = (
        "Petr Halen took part in the Ostrava Economic Forum\n\n"
        "Growth in Ostrava is among the fastest in the region, President Petr Halen said at the forum.\n\n"
        "In the head of state’s opinion, closer trade with its neighbours will help the country cope with "
        "the crisis."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Growth in Ostrava is among the fastest in the region, President Petr Halen said "
                                   "at the forum."),
        ("Petr Halen", "indirect", "In the head of state’s opinion, closer trade with its neighbours will help the "
                                   "country cope with the crisis."),
    ])


def test_a_paragraph_between_two_of_his_carries_on_with_a_relative_clause_verb():
    """"Ostrava has always been rich in … people who provide shining examples of …": the verb of a
    relative clause on "people" is what those people do, no new speaker; the paragraph between two
    paragraphs of the President's reported words carries them on."""
    body = (
        "A ceremony was held awarding the State Prizes\n\n"
        "These achievements are an inseparable part of Ostrava’s cultural life, President Petr Halen said at a "
        "ceremony.\n\n"
        "Ostrava has always been rich in talented people, in people who embody the energy of the nation and "
        "who provide shining examples of how to build one’s life.\n\n"
        "The laureates belong among the outstanding citizens of the nation, Mr Halen said."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "These achievements are an inseparable part of Ostrava’s cultural life, President "
                                   "Petr Halen said at a ceremony."),
        ("Petr Halen", "indirect", "Ostrava has always been rich in talented people, in people who embody the energy "
                                   "of the nation and who provide shining examples of how to build one’s life."),
        ("Petr Halen", "indirect", "The laureates belong among the outstanding citizens of the nation, Mr Halen "
                                   "said."),
    ])


def test_a_relative_clause_on_a_named_person_still_speaks():
    """Guard: ", who stressed …" after a named person is someone's speech: the paragraph between is
    not carried on as the President's (whose words alone are asserted here)."""
    body = (
        "A ceremony was held awarding the State Prizes\n\n"
        "These achievements are an inseparable part of Ostrava’s cultural life, President Petr Halen said at a "
        "ceremony.\n\n"
        "The prize went to the poet Ivo Marek, who stressed that poetry needs readers.\n\n"
        "The laureates belong among the outstanding citizens of the nation, Mr Halen said."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "These achievements are an inseparable part of Ostrava’s cultural life, President "
                                   "Petr Halen said at a ceremony."),
        ("Petr Halen", "indirect", "The laureates belong among the outstanding citizens of the nation, Mr Halen "
                                   "said."),
    ])
