"""Readings of known errors of the invented labelled sets (stop 37): "X, whose … / who …, for her part, had warm words
for … / would welcome …" (thirteenth hard set: harwell takaru, sorvenia_brennmark_senators), a phrase cue after a
describing aside and then the aside that sets off a clause's subject.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

SENATE_TITLE = "President Ivan Dorosh met a delegation of the Senate of Ostria"


def test_a_phrase_cue_after_a_describing_aside_and_for_her_part():
    """"Prime Minister Takaru, whose government took office in the spring …, for her part, had warm words for the U.S.
    commitment …" (thirteenth hard set, harwell takaru) and "Senator Brisk, who has chaired … and who visited …, for her
    part, would welcome an early decision …" (thirteenth hard set, sorvenia_brennmark_senators): the full name before
    the describing aside is the subject of the cue read by its phrase ("had warm words for", "would welcome"), as it
    is of a plain speech verb there."""
    body = (
        "President Ivan Dorosh met a delegation of the Senate of Ostria led by Senator Anna Kell and including "
        "Senator Olga Brisk.\n\n"
        "Senator Kell, whose committee took office in the spring after an election, for her part, had warm words for "
        "the Ostrian people. Senator Brisk, who has chaired the committee for six years and who visited the city of "
        "Orivka last spring, for her part, would welcome an early decision on sanctions."
    )
    assert_statements(body, [
        ("Anna Kell", "indirect", "Senator Kell, whose committee took office in the spring after an election, for her "
                                  "part, had warm words for the Ostrian people."),
        ("Olga Brisk", "indirect", "Senator Brisk, who has chaired the committee for six years and who visited the "
                                   "city of Orivka last spring, for her part, would welcome an early decision on "
                                   "sanctions."),
    ], title=SENATE_TITLE)


def test_a_body_before_a_describing_aside_and_in_turn_stays_no_ones():
    """Guard: "The Ministry, whose staff have doubled …, in turn, would welcome …" and "The committee, which was set
    up …, for its part, had warm words for …": a body, no person, before the asides; no statement."""
    body = (
        "President Ivan Dorosh met a delegation of the Senate of Ostria led by Senator Anna Kell.\n\n"
        "The Ministry, whose staff have doubled since the spring, in turn, would welcome an early decision on "
        "sanctions. The committee, which was set up in the spring after an election, for its part, had warm words for "
        "the Ostrian people."
    )
    assert_statements(body, [], title=SENATE_TITLE)
