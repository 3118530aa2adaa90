"""Statements found by helper h833's mends of sixhundredtwentyfourth (Ghana's presidency, Jubilee House, as the Ghanaian
papers print it): a host "offering them a detailed tour" gives a tour, as "offered a luncheon" gives a meal, no words.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_tour_offered_to_guests_is_a_hosts_act():
    """"… has welcomed X to the Palace, offering them a detailed tour of …": a host's act, as "offered a luncheon";
    before, the whole sentence was the host's statement (the participle "offering" read as a speech verb)."""
    assert_statements((
        "President Halvard Ostrem met the incoming leaders on Monday.\n\n"
        "In a gesture of unity, President Halvard Ostrem has welcomed President-elect Mira Valdane to the Grey Palace, "
        "offering her a detailed tour of the presidential facilities.\n\n"
        "Meanwhile, President-elect Valdane highlighted the importance of the transition for national stability."
    ), [
        ("Mira Valdane", "indirect",
         "Meanwhile, President-elect Valdane highlighted the importance of the transition for national stability."),
    ])


def test_a_guided_tour_offered_with_a_pronoun_object_is_no_statement():
    """"offered them a guided tour of …" alone: a host's act, no words."""
    assert_statements((
        "The Governor received the visiting mayors at Castle Vorn.\n\n"
        "Governor Ilse Partanen offered them a guided tour of the castle grounds."
    ), [])


def test_support_offered_still_a_statement():
    """Guard: "offering them support …" and "offered a dinner invitation" stay statements (a pledge, an invitation)."""
    assert_statements((
        "Governor Ilse Partanen received the visiting mayors at Castle Vorn, offering them support in their work.\n\n"
        "Governor Partanen also offered a dinner invitation to the mayors for the autumn."
    ), [
        ("Ilse Partanen", "indirect",
         "Governor Ilse Partanen received the visiting mayors at Castle Vorn, offering them support in their work."),
        ("Ilse Partanen", "indirect", "Governor Partanen also offered a dinner invitation to the mayors for the autumn."),
    ])
