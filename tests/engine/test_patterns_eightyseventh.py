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

