"""Readings of real US department readouts of stop 31 (two-hundred-fiftieth): one person's
encouragement at a thing ("Secretary X was encouraged by progress with …") as his statement.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and guard tests keep what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_encouraged_by_a_thing_is_the_subjects_feeling():
    """"Secretary Mattis was encouraged by progress with force posture initiatives, including the recent
    signing of a cost-sharing arrangement." (two-hundred-fiftieth us_defense_2017-01-24): one person's
    encouragement at a thing, stated as "welcomed" is, after his thanks in the sentence before."""
    body = (
        "Defense Minister Arlo Venn spoke by phone today with Velbian Minister for Defense Tomas Reed. "
        "Minister Venn thanked Minister Reed for Velbia's support to the harbour mission. "
        "Minister Venn was encouraged by progress with the port initiatives, including the recent signing of a lease."
    )
    assert_statements(body, [
        ("Arlo Venn", "indirect", "Minister Venn thanked Minister Reed for Velbia's support to the harbour mission."),
        ("Arlo Venn", "indirect", "Minister Venn was encouraged by progress with the port initiatives, "
                                  "including the recent signing of a lease."),
    ])


def test_encouraged_by_a_named_agent_stays_the_agents_call():
    """Guard: "X was encouraged by President Y to visit …": a passive whose agent, a title and name, made the
    call; the new reading must not give it to the subject."""
    body = "Minister Arlo Venn was encouraged by President Tomas Reed to visit Velbia in the spring."
    assert_statements(body, [
        ("Tomas Reed", "indirect", "Minister Arlo Venn was encouraged by President Tomas Reed to visit Velbia in the spring."),
    ])


def test_a_group_encouraged_by_progress_stays_no_ones():
    """Guard: "The two ministers were encouraged by …": a pair's feeling, no one person's statement."""
    body = ("Minister Arlo Venn met Minister Tomas Reed in Velbia. "
            "The two ministers were encouraged by the progress of the harbour talks.")
    assert_statements(body, [])
