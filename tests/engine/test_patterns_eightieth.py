"""Patterns found by the eightieth held-out set (real Kremlin news readouts, 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_topic_discussed_at_the_meeting_ends_a_carried_report():
    """"Gas infrastructure development was also discussed at the meeting.": the meeting's next topic,
    told with no agent, inside a governor's report that the source joined into one paragraph; the
    figures after it are no longer known to be his (as after "It was emphasised that …"), though
    his report goes on where he is named again."""
    body = (
        "President Petr Halen met with Velmora Region Governor Anton Drass.\n\n"
        "Anton Drass reported to the President on the growth of investment. He said that industrial "
        "output rose by 5 percent. The region produced a record harvest of wheat. Ferry links were also "
        "discussed at the meeting. The region approved a plan for two new piers. The second stage "
        "provides for a ferry terminal. Mr Drass told the President about the new hospital. "
        "It will open next year."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass reported to the President on the growth of investment."),
        ("Anton Drass", "indirect", "He said that industrial output rose by 5 percent."),
        ("Anton Drass", "indirect", "The region produced a record harvest of wheat."),
        ("Anton Drass", "indirect", "Mr Drass told the President about the new hospital."),
        ("Anton Drass", "indirect", "It will open next year."),
    ])


def test_a_subject_of_discussion_told_with_there_was_ends_a_carried_report():
    """"There was also an exchange of views on the ferry links.": the same turn of the meeting told
    as what there was; the sentences after it, between two of the governor's statements, are not his."""
    body = (
        "President Petr Halen met with Velmora Region Governor Anton Drass.\n\n"
        "Anton Drass reported to the President on the growth of investment. The region produced a record "
        "harvest of wheat. There was also an exchange of views on the ferry links. The region approved a "
        "plan for two new piers. Mr Drass told the President about the new hospital."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass reported to the President on the growth of investment."),
        ("Anton Drass", "indirect", "The region produced a record harvest of wheat."),
        ("Anton Drass", "indirect", "Mr Drass told the President about the new hospital."),
    ])
