"""Patterns found by the fortysecond held-out set (real Kremlin news readouts, Medvedev's
presidency 2010-2011 and Putin 2012).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_passive_with_an_adverb_before_its_agent_has_an_agent():
    """"However, it is very important that the problems are addressed jointly by state
    agencies and NGOs": the adverb between the participle and "by" leaves an agent, so the
    sentence is no agentless narrative and carries on the President's words before it."""
    body = (
        "President Ivan Dorov met with social workers from the Northern Region.\n\n"
        "President Dorov stressed that care for the elderly should be an essential government priority. "
        "However, it is very important that the problems of the elderly are addressed jointly by state "
        "agencies and NGOs."
    )
    assert_statements(body, [
        ("Ivan Dorov", "indirect",
         "President Dorov stressed that care for the elderly should be an essential government priority."),
        ("Ivan Dorov", "indirect",
         "However, it is very important that the problems of the elderly are addressed jointly by state "
         "agencies and NGOs."),
    ])


def test_issued_instructions_is_an_order():
    """"X issued instructions to draft a proposal …" is an order, as "X instructed …" is;
    "issued an executive order" stays a document signed, no statement."""
    body = (
        "President Ivan Dorov met with social workers from the Northern Region.\n\n"
        "Ivan Dorov issued instructions to draft a proposal on awards for the social workers who took part "
        "in fighting the floods.\n\n"
        "Later that day, Ivan Dorov issued an executive order on the Northern Region’s new university."
    )
    assert_statements(body, [
        ("Ivan Dorov", "indirect",
         "Ivan Dorov issued instructions to draft a proposal on awards for the social workers who took part "
         "in fighting the floods."),
    ])


def test_another_issue_related_to_opens_the_next_question():
    """At a meeting where guests ask questions, "Another issue related to the construction of
    …" brings in the next topic in the readout's voice: it does not carry on the President's
    statement that closed the paragraph before, though his next statement follows it."""
    body = (
        "President Ivan Dorov met with musicians and answered their questions.\n\n"
        "One of the questions concerned the Green Forest. The President stressed that final decisions on "
        "such issues should be made only after a broad discussion.\n\n"
        "Another issue related to the construction of a tower in Ostrov, which causes great concern to "
        "residents. The President stressed that he is not indifferent to the image of the city."
    )
    assert_statements(body, [
        ("Ivan Dorov", "indirect", "President Ivan Dorov met with musicians and answered their questions."),
        ("Ivan Dorov", "indirect",
         "The President stressed that final decisions on such issues should be made only after a broad "
         "discussion."),
        ("Ivan Dorov", "indirect", "The President stressed that he is not indifferent to the image of the city."),
    ])
