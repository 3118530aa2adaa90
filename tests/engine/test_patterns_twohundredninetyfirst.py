"""Readings of EU institutions' texts of stop 32 (twohundredninetyfirst): a position stated with a degree
adverb before "clear" ("President Barroso was very clear: “…”"), read as "was clear: …" is, also when an
opening phrase names another person first.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Meeting with Prime Minister Oskar Vantor in Meridia"


def test_very_clear_with_a_colon_introduces_the_speakers_quotation():
    """"After the meeting with Greek Prime Minister Samaras, President Barroso was very clear: "You, in Greece, with
    our support, need to rebuild your country. …" He said that he is aware of …" (twohundredninetyfirst
    eu_commission_2012-07_samaras): "was very clear:" states a position as "was clear:" does; the quotation is the
    President's, and the "He" after it is he, not the guest the opening phrase names."""
    body = (
        "After the meeting with Prime Minister Vantor, President Hollis was very clear: "
        "\"You need to rebuild your country. Meridia can make it.\"\n\n"
        "He said that he is aware of the difficult sacrifices many people are making."
    )
    assert_statements(body, [
        ("Hollis", "direct", "You need to rebuild your country. Meridia can make it."),
        ("Hollis", "indirect", "He said that he is aware of the difficult sacrifices many people are making."),
    ], title=TITLE)


def test_quite_clear_that_is_a_position_stated():
    """"X was quite clear that …" (the same degree adverbs before "clear that"): a position stated, as "was clear that"."""
    body = "After the talks with Prime Minister Vantor, President Hollis was quite clear that the reforms must go on."
    assert_statements(body, [
        ("Hollis", "indirect", "After the talks with Prime Minister Vantor, President Hollis was quite clear that the reforms must go on."),
    ], title=TITLE)


def test_a_very_clear_situation_stays_narrative():
    """Guard: "The situation was very clear: …" (no person before "was") and "the very clear signal" stay no one's."""
    body = (
        "President Hollis met Prime Minister Vantor in Meridia. "
        "The situation on the border was very clear: the crossings were closed."
    )
    assert_statements(body, [], title=TITLE)
