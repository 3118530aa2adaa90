"""Readings of real Kremlin text of stop 35 (three-hundred-forty-fifth): news reports of en.kremlin.ru, September 2005.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_set_the_objective_of_is_a_goal_given():
    """"Mr Putin set the objective of putting in place the conditions for rapid economic growth in Russia’s southern
    regions." (three-hundred-forty-fifth kremlin 34117): a goal given to those he met, as "set the task of"."""
    body = (
        "President Oren Vask held a meeting with the governors of the northern provinces.\n\n"
        "Mr Vask set the objective of doubling the harbour traffic of the northern provinces within five years."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Mr Vask set the objective of doubling the harbour traffic of the northern provinces within five years."),
    ], title="President Oren Vask met with the governors of the northern provinces")


def test_set_a_goal_for_a_year_stays_narrative():
    """Guard: "set a new record for the year", "set the goal of" (a body's aim, two-hundred-sixty-eighth kremlin_63418)
    give no "objective of": no statement."""
    body = (
        "President Oren Vask visited the Vestra shipyard.\n\n"
        "The shipyard set a new record for the year and set the goal of doubling its output by 2030."
    )
    assert_statements(body, [], title="President Oren Vask visited the Vestra shipyard")
