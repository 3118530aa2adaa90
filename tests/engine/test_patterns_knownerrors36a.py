"""Readings of known errors of the labelled President of Ukraine held-out sets (stop 36): "X called A, B, …, and C
among the most important tasks" (eighth ukraine_president 72253), priorities stated in a list with commas.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

BOARD_TITLE = "The President took part in the board meeting of the Security Service"


def test_called_a_list_among_the_most_important_tasks_is_a_statement():
    """"Zelenskyy called the protection of national interests and statehood, resisting Russian aggression and hybrid
    war, protection of critical infrastructure, and counterintelligence among the most important tasks for next
    year." (eighth ukraine_president 72253): priorities stated, as "named … among priorities", the list running
    over commas."""
    body = (
        "President Ivan Dorosh took part in the board meeting of the Security Service.\n\n"
        "\"We have done many important things,\" Dorosh said. Dorosh called the protection of national interests, "
        "resisting hybrid war, protection of critical infrastructure, and counterintelligence among the most "
        "important tasks for next year."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "direct", "We have done many important things"),
        ("Ivan Dorosh", "indirect", "Dorosh called the protection of national interests, resisting hybrid war, "
                                    "protection of critical infrastructure, and counterintelligence among the most "
                                    "important tasks for next year."),
    ], title=BOARD_TITLE)


def test_a_call_among_his_own_first_tasks_stays_narrative():
    """Guard: "Dorosh called the Minister of Defence …, among his first tasks in office" is a telephone call counted
    among his own tasks, no priorities stated."""
    body = (
        "President Ivan Dorosh took part in the board meeting of the Security Service.\n\n"
        "Dorosh called the Minister of Defence Oleh Marko on Monday, among his first tasks in office."
    )
    assert_statements(body, [], title=BOARD_TITLE)
