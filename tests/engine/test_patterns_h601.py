"""Statements found by helper h601's set fourhundredfortyfourth (a random sample of White House readouts): one
person's conviction put as "knows how" and a word of degree ("President X knows how critical child care is for …"),
a belief as "knows that" is.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_knows_how_critical_is_a_conviction_of_one_person():
    """"knows how critical X is for …": the degree of a thing one person is sure of, as "knows that X is critical"
    (before, "how" after "knows" was read as a question word and the sentence was no one's)."""
    body = (
        "Today, officials of the Office of Housing convened state legislators working on housing.\n\n"
        "President Tembo knows how critical affordable housing is for the economic security of families.\n\n"
        "The legislators thanked the officials for the meeting."
    )
    assert_statements(body, [
        ("Tembo", "indirect",
         "President Tembo knows how critical affordable housing is for the economic security of families."),
    ])


def test_knows_how_much_is_a_conviction_too():
    """"knew how much … meant": the same construction with "much", a past tense."""
    body = (
        "President Orwen Dahl met with veterans of the Kessland border guard.\n\n"
        "President Dahl knew how much the reopening of the clinic meant to their families."
    )
    assert_statements(body, [
        ("Orwen Dahl", "indirect", "President Dahl knew how much the reopening of the clinic meant to their families."),
    ])


def test_knows_how_to_is_a_skill_not_a_statement():
    """Guard: "knows how to …" is a skill and "did not know how many …" a count, neither a report of words."""
    body = (
        "Minister Idris Varga visited the port of Selle.\n\n"
        "Minister Varga knows how to negotiate with the unions of the port.\n\n"
        "Officials did not know how many ships were waiting."
    )
    assert_statements(body, [])
