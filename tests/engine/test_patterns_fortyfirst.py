"""Patterns found by the fortyfirst held-out set (real Kremlin news readouts, Dmitry Medvedev, 2010).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_issued_instructions_and_gave_directions_are_orders():
    """"The Ostravan leader also issued instructions to assist …", "President Halen gave directions
    to hold consultations …": orders given, as "instructed" and "gave instructions" already are."""
    body = (
        "President Petr Halen held a meeting on the floods in Velmora.\n\n"
        "The Ostravan leader also issued instructions to assist in the evacuation of the injured.\n\n"
        "In addition, as Chairman of the Security Council, President Halen gave directions to hold "
        "consultations of the council secretaries next week."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The Ostravan leader also issued instructions to assist in the evacuation of the injured."),
        ("Petr Halen", "indirect", "In addition, as Chairman of the Security Council, President Halen gave directions to hold "
         "consultations of the council secretaries next week."),
    ])


def test_placed_emphasis_on_is_emphasised():
    """"At the meeting President Halen placed particular emphasis on …, specifically mentioning …":
    a point stressed, as "emphasised"; so is "put special emphasis on"."""
    body = (
        "President Petr Halen visited the Velmora Region and held a meeting on its development.\n\n"
        "At the meeting President Halen placed particular emphasis on the region’s economic advancement, "
        "specifically mentioning support for local manufacturers. Security in the region was also discussed.\n\n"
        "Governor Anton Brask put special emphasis on the new airport."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "At the meeting President Halen placed particular emphasis on the region’s economic "
         "advancement, specifically mentioning support for local manufacturers."),
        ("Anton Brask", "indirect", "Governor Anton Brask put special emphasis on the new airport."),
    ])


def test_mechanisms_set_out_in_a_charter_do_not_stop_a_carried_report():
    """"The President informed Ms Brask that … The main issues the consultations will address are …
    the mechanisms set out in the Charter.": "set out in the Charter" is a text's content (as "laid
    out in the document"), not a new speaker's "set out", so the sentence still carries his report."""
    body = (
        "President of Ostrava Petr Halen had a telephone conversation with Prime Minister of Velmora "
        "Ana Brask.\n\n"
        "Ms Brask briefed Mr Halen on the situation in Velmora.\n\n"
        "The President informed Ms Brask that the council secretaries will hold consultations on June 14. "
        "The main issues the consultations will address are restoring civil peace in Velmora and the "
        "possibilities for using the procedures and mechanisms set out in the Charter.\n\n"
        "Mr Halen set out the tasks for the government."
    )
    assert_statements(body, [
        ("Ana Brask", "indirect", "Ms Brask briefed Mr Halen on the situation in Velmora."),
        ("Petr Halen", "indirect", "The President informed Ms Brask that the council secretaries will hold consultations on June 14."),
        ("Petr Halen", "indirect", "The main issues the consultations will address are restoring civil peace in Velmora and the "
         "possibilities for using the procedures and mechanisms set out in the Charter."),
        ("Petr Halen", "indirect", "Mr Halen set out the tasks for the government."),
    ])


def test_a_subject_of_discussion_carries_no_report_on():
    """"Security in the region was also a subject of discussion.": an agentless passive in other
    words ("was also discussed"), what the meeting spoke of, not the carry-on of the President's
    words before it."""
    body = (
        "President Petr Halen visited the Velmora Region and held a meeting on its development.\n\n"
        "At the meeting President Halen stressed the region’s economic advancement, specifically "
        "mentioning support for local manufacturers. Security in the region was also a subject of discussion.\n\n"
        "Mr Halen said that the new airport must open this year. Its runway was the main topic of talks "
        "with the builders."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "At the meeting President Halen stressed the region’s economic advancement, specifically "
         "mentioning support for local manufacturers."),
        ("Petr Halen", "indirect", "Mr Halen said that the new airport must open this year."),
    ])
