"""Readings of real Kremlin text of stop 37 (three-hundred-ninetieth): en.kremlin.ru readouts of Oct 2021 - Mar 2022
in the joined-paragraph shape of kremlin_2021_2022.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_bare_they_exchanging_opinions_ends_the_carried_report():
    """"The President briefed the meeting participants, in great detail, about his international contacts this week, … .
    They also exchanged opinions on security guarantees for Russia. The main subject discussed at the meeting concerned
    …" (three-hundred-ninetieth kremlin_67803): "They" with a verb of the meeting is the people who met acting together,
    so the President's report is over there, and the topic sentence after it is narrative too."""
    body = (
        "President Oren Vask held a meeting, via videoconference, with members of the Security Council.\n\n"
        "The discussion focused on the situation on the border. President Vask briefed the meeting participants, in "
        "great detail, about his contacts with foreign leaders this week. They also exchanged opinions on security "
        "guarantees for Kaldoria. The main subject discussed at the meeting concerned the development of the machine "
        "tool industry."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask briefed the meeting participants, in great detail, about his contacts "
                                  "with foreign leaders this week."),
    ], title="Meeting with members of the Security Council")


def test_a_bare_they_of_the_report_still_carries_it_on():
    """Guard: "They will employ 2,000 people." after "X informed … about the new plants" has no verb of the meeting:
    the plants he speaks of, his report carried on as before."""
    body = (
        "President Oren Vask held a working meeting with Governor of Vestra Region Ilya Dorn.\n\n"
        "Governor Dorn informed the President about the new plants being built in the region. They will employ 2,000 "
        "people."
    )
    assert_statements(body, [
        ("Ilya Dorn", "indirect", "Governor Dorn informed the President about the new plants being built in the region."),
        ("Ilya Dorn", "indirect", "They will employ 2,000 people."),
    ], title="Meeting with Governor of Vestra Region Ilya Dorn")
