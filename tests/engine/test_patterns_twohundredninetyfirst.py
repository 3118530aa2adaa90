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


def test_a_name_after_and_and_a_lower_case_office_is_half_of_a_pair():
    """"Political leaders, notably Prime Minister Berisha and opposition leader Rama expressed their commitment to
    continue constructive engagement in the reform process." (twohundredninetyfirst
    eu_commission_2012-05-03_albania_visit): "and opposition leader Rama" joins Rama to the Prime Minister before
    "and", as "and President Rama" would; the two (and the leaders they stand for) expressed it, no one alone."""
    body = (
        "Commissioner Lina Varro visited Meridia. "
        "Political leaders, notably Prime Minister Oskar Vantor and opposition leader Ivo Ramsk expressed their "
        "commitment to the reform process."
    )
    assert_statements(body, [], title="Commissioner Varro visits Meridia")


def test_a_lower_case_office_after_a_clause_and_a_comma_stays_its_own_speaker():
    """Guard: "Prime Minister X welcomed the plan, and opposition leader Y said that …": a clause of its own after
    the comma and "and"; Y speaks alone."""
    body = "Prime Minister Oskar Vantor welcomed the plan, and opposition leader Ivo Ramsk said that the reforms must go on."
    assert_statements(body, [
        ("Oskar Vantor", "indirect", "Prime Minister Oskar Vantor welcomed the plan"),
        # (the statement opens at the office word, as before this rule)
        ("Ivo Ramsk", "indirect", "leader Ivo Ramsk said that the reforms must go on."),
    ], title="Commissioner Varro visits Meridia")
