"""Readings of real White House text of stop 35 (three-hundred-forty-seventh): readouts of the President's, the Vice
President's and the National Security Advisor's calls and meetings (2021-2024).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_was_clear_about_is_a_position_stated():
    """"He was clear about the need to protect American workers and industries from the PRC's unfair trade and
    economic practices." (three-hundred-forty-seventh whitehouse_2021-11-16_biden_xi): a person "was clear about"
    something states it plainly, as "was candid about" or "was clear that"."""
    body = (
        "President Oren Vask met virtually today with President Mira Tal of Kaldoria.\n\n"
        "President Vask raised concerns about Kaldoria’s fishing practices. He was clear about the need to protect "
        "local fishermen from unfair competition."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask raised concerns about Kaldoria’s fishing practices."),
        ("Oren Vask", "indirect", "He was clear about the need to protect local fishermen from unfair competition."),
    ], title="Readout of President Vask’s Virtual Meeting with President Tal of Kaldoria")


def test_a_thing_that_was_clear_about_something_stays_narrative():
    """Guard: "The agenda was clear about the order of the sessions" has no person as its subject: no statement."""
    body = (
        "President Oren Vask met today with President Mira Tal of Kaldoria.\n\n"
        "The agenda was clear about the order of the sessions."
    )
    assert_statements(body, [], title="Readout of President Vask’s Meeting with President Tal of Kaldoria")
