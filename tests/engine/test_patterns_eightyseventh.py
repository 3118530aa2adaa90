"""Patterns found by the eightyseventh held-out set (real Kremlin news readouts, 2006 and 2012).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_described_subject_is_not_the_person_it_asks():
    """"Vladimir Putin met with President of Pakistan Pervez Musharraf" / "They discussed … The
    President asked Vladimir Putin for assistance …": the President who asks Putin is not Putin but
    the other President; a description opening a sentence whose verb has a named person for object
    (asked, told, thanked, informed …) means someone other than that person."""
    body = (
        "They discussed bilateral trade. The President asked Anton Brask for assistance with Norland "
        "joining the customs union."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "The President asked Anton Brask for assistance with Norland joining the "
                                 "customs union."),
    ], title="Anton Brask met with President of Norland Ivo Lund")


def test_described_subject_is_not_the_person_it_informs_or_thanks():
    """The same reading with other verbs whose object is a person ("informed", "thanked") and a
    named object given in full."""
    body = (
        "President Anton Brask met with President of Norland Ivo Lund.\n\n"
        "The President informed Ivo Lund of the new visa rules. The President thanked Anton Brask for "
        "the invitation."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President informed Ivo Lund of the new visa rules."),
        ("Ivo Lund", "indirect", "The President thanked Anton Brask for the invitation."),
    ], title="President Anton Brask met with President of Norland Ivo Lund")


def test_a_fact_that_names_a_company_carries_the_report_on():
    """"The head of state noted that foreign investors are increasingly interested in Russia … The
    fact that General Motors is entering the national market is a good sign for …": a sentence whose
    subject is "The fact that …" judges a fact; whoever its that-clause names is spoken of, so the
    report goes on (as it does with "The fact that foreign carmakers are entering …")."""
    body = (
        "The President congratulated Ivo Lund on the opening of the plant.\n\n"
        "The head of state noted that foreign investors are increasingly interested in Norland. "
        "The fact that Norsk Motors is entering the national market is a good sign for the economy as a whole."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President congratulated Ivo Lund on the opening of the plant."),
        ("Anton Brask", "indirect", "The head of state noted that foreign investors are increasingly interested "
                                    "in Norland."),
        ("Anton Brask", "indirect", "The fact that Norsk Motors is entering the national market is a good sign "
                                    "for the economy as a whole."),
    ], title="President Anton Brask met with the CEO of Norsk Motors, Ivo Lund")


def test_the_fact_that_is_a_thing_not_the_name_after_it():
    """"The fact that General Motors is entering …": the noun phrase opening the sentence is "The
    fact" (a thing) and its that-clause; "General Motors" after "that" is not read as the phrase's
    name (a General called Motors), so the sentence is the President's judgement carried on."""
    body = (
        "The President congratulated Ivo Lund on the opening of the plant.\n\n"
        "The head of state noted that foreign investors are increasingly interested in Norland. "
        "The fact that General Tractors is entering the national market is a good sign for the economy."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President congratulated Ivo Lund on the opening of the plant."),
        ("Anton Brask", "indirect", "The head of state noted that foreign investors are increasingly interested "
                                    "in Norland."),
        ("Anton Brask", "indirect", "The fact that General Tractors is entering the national market is a good "
                                    "sign for the economy."),
    ], title="President Anton Brask met with the CEO of General Tractors, Ivo Lund")
