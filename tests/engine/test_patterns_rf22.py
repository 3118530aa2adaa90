"""Review rf22 of stop 73's merges h1298, h1299 and h1296: mends of their rules on near shapes, invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_interest_at_a_place_then_in_what_is_a_statement():
    """h1298's "expressed his interest at <place>" read as only where the interest told before was voiced; but "at the
    meeting in the new solar project" tells what the interest is in after the place: the statement stays his, as at
    base."""
    body = ("Governor Tomas Brevik met traders in Velm on Monday.\n\n"
            "Brevik expressed his interest at the meeting in the new solar project of the Lorvia region.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect",
         "Brevik expressed his interest at the meeting in the new solar project of the Lorvia region."),
    ])


def test_interest_at_a_place_in_the_morning_stays_where_only():
    """The guard: "expressed his interest at Velm in the morning at a meeting he held with …" after the interest was
    told is still only where and when it was voiced: no second statement."""
    body = ("Governor Tomas Brevik met traders in Velm on Monday.\n\n"
            "The governor on Monday expressed interest to build a new market in Velm. "
            "Brevik expressed his interest at Velm in the morning at a meeting he held with the councillors.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect",
         "The governor on Monday expressed interest to build a new market in Velm."),
    ])


def test_a_meeting_called_to_uphold_is_no_appeal():
    """h1296's "called … to patiently wait / remain / uphold …": after "called a meeting …" the infinitive is the
    meeting's aim, a meeting convened, narrative as at base (as "called a special session to come to …" is)."""
    body = ("Governor Tomas Brevik met traders in Velm on Monday.\n\n"
            "Brevik called a meeting of the chiefs to uphold the ban on logging.\n\n"
            "The Governor called a town hall session on Friday to embrace the new market plan.")
    assert_statements(body, [])


def test_the_people_called_to_patiently_wait_still_an_appeal():
    """The guard: "called the traders to patiently wait for …" is still an appeal to them, his statement."""
    body = ("Governor Tomas Brevik met traders in Velm on Monday.\n\n"
            "Brevik called the traders to patiently wait for the new market.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect", "Brevik called the traders to patiently wait for the new market."),
    ])
