"""Readings of real Kremlin text of stop 36 (three-hundred-seventy-fifth): August 2017 meetings with regional heads,
a transcript, a birthday call and a four-leader call ending in a joint statement.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_after_a_joint_statement_lead_in_is_no_ones():
    """"The telephone conversation with X, Y and Z resulted in the following joint statement:" / "“On August 22, …
    the leaders voiced …”" (three-hundred-seventy-fifth kremlin 55397): the quoted paragraphs are the joint text of
    several leaders, no one's words."""
    body = (
        "President Oren Vask had a telephone conversation with Chancellor Mira Tal and President Ivo Brandt.\n\n"
        "The telephone conversation with Mira Tal and Ivo Brandt resulted in the following joint statement:\n\n"
        "“On May 3, the heads of state of Kaldoria, Vestra and Morland had a telephone conversation.\n\n"
        "The leaders voiced their support for the truce on the border.”"
    )
    assert_statements(body, [], title="Telephone conversation with Mira Tal and Ivo Brandt")


def test_a_message_after_a_lead_in_still_belongs_to_its_sender():
    """Guard: "The President’s message reads, in part:" introduces one person's text: the quotation is his."""
    body = (
        "President Oren Vask sent Chancellor Mira Tal a message of greetings.\n\n"
        "The President’s message reads, in part:\n\n"
        "“I am certain that our cooperation will keep growing.”"
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Oren Vask sent Chancellor Mira Tal a message of greetings."),
        ("Oren Vask", "direct", "I am certain that our cooperation will keep growing."),
    ], title="Message to Chancellor Mira Tal")


def test_among_the_issues_discussed_were_is_the_meetings_topic():
    """"Mr Zhvachkin briefed the President on …. Among the issues discussed at the meeting were complaints from local
    residents …" (three-hundred-seventy-fifth kremlin 55381): the inverted agentless "… were discussed at the meeting",
    no carry-on of the briefing."""
    body = (
        "Mr Dorn briefed the President on the situation in Vestra Region. Among the issues discussed at the meeting "
        "were complaints from local residents about the roads.\n\n"
        "President Vask underscored the need to repair the bridges."
    )
    assert_statements(body, [
        ("Ivo Dorn", "indirect", "Mr Dorn briefed the President on the situation in Vestra Region."),
        ("Oren Vask", "indirect", "President Vask underscored the need to repair the bridges."),
    ], title="Working meeting of President Oren Vask with Vestra Region Governor Ivo Dorn")


def test_among_the_issues_raised_by_a_person_stays_his():
    """Guard: "Among the issues raised by Mr Dorn were …" names who raised them: his report, left as it is."""
    body = (
        "Mr Dorn briefed the President on the situation in Vestra Region. Among the issues raised by Mr Dorn "
        "were complaints from local residents about the roads."
    )
    assert_statements(body, [
        ("Ivo Dorn", "indirect", "Mr Dorn briefed the President on the situation in Vestra Region."),
        ("Ivo Dorn", "indirect", "Among the issues raised by Mr Dorn were complaints from local residents about the roads."),
    ], title="Working meeting of President Oren Vask with Vestra Region Governor Ivo Dorn")
