"""Readings of real Kremlin text of stop 35 (three-hundred-thirty-fourth): news reports of March 2003.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_saw_a_long_object_as_the_way_to_is_a_view_stated():
    """"Mr Putin saw consistent strengthening of the Urals economy through a latter-day inter-regional market
    infrastructure as the way to solve many problems." (three-hundred-thirty-fourth kremlin_28277): a remedy named, as
    "regarded … as"; the object runs past eight words and "the way to" is what it is seen as."""
    body = (
        "President Oren Vask chaired a meeting on the economy of the Northern District in Kestra.\n\n"
        "Mr Vask saw steady growth of the northern industry through a modern regional transport network as the way "
        "to solve many problems."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask saw steady growth of the northern industry through a modern regional "
         "transport network as the way to solve many problems."),
    ], title="President Vask chaired a meeting on the Northern District")


def test_saw_a_sight_as_the_way_across_stays_narrative():
    """Guard: "saw the old bridge … as the way across the river was closed" names no remedy: "the way" counts only
    before "to", "of", "for", "forward" or "out"; a sight seen on a visit is narrative: no statement."""
    body = (
        "President Oren Vask visited Kestra on Friday.\n\n"
        "Mr Vask saw the old bridge near the harbour of the town as the way across the river was closed."
    )
    assert_statements(body, [], title="President Vask visited Kestra")
