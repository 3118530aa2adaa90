"""Helper h1199 (styles66, science, technology and innovation ministries): "X briefed <a committee named with its
remit> [in <place>]." tells only whom and where, as "X briefed reporters after the meeting." does, so it is no
statement, even when the sentence opens with X's office set off before the name; a briefing "on" a topic in lower
case stays X's statement."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_briefing_a_committee_named_with_its_remit_is_no_statement():
    body = (
        "The Director-General of the National Science Council of Ustravia, Professor Meliora Quastenby, on Monday "
        "briefed Parliament's Committee on Research, Energy and Technology in Dolvenmarch.\n\n"
        "The Director-General said the Council had funded 120 projects in 2025."
    )
    assert_statements(body, [
        ("Meliora Quastenby", "indirect", "The Director-General said the Council had funded 120 projects in 2025."),
    ])


def test_briefing_a_committee_by_name_alone_is_no_statement():
    body = (
        "Professor Meliora Quastenby briefed the Senate Committee on Education in Dolvenmarch.\n\n"
        "Professor Quastenby said the Council would open a patent office."
    )
    assert_statements(body, [
        ("Meliora Quastenby", "indirect", "Professor Quastenby said the Council would open a patent office."),
    ])


def test_briefing_a_committee_on_a_topic_stays_a_statement():
    """Guard: "on" then a lower-case topic tells what was said."""
    body = (
        "The Director-General of the National Science Council of Ustravia, Professor Meliora Quastenby, on Monday "
        "briefed the Committee on Education on the Council's results for 2025."
    )
    assert_statements(body, [
        ("Meliora Quastenby", "indirect", "The Director-General of the National Science Council of Ustravia, "
         "Professor Meliora Quastenby, on Monday briefed the Committee on Education on the Council's results for "
         "2025."),
    ])


def test_briefing_reporters_on_a_topic_stays_a_statement():
    """Guard: the press as hearers with a topic after them is still a report."""
    body = "The Press Secretary, Mr. Tobias Wrennick, briefed reporters on the outcome of the talks."
    assert_statements(body, [
        ("Tobias Wrennick", "indirect", "The Press Secretary, Mr. Tobias Wrennick, briefed reporters on the outcome of "
         "the talks."),
    ])


def test_briefing_reporters_after_an_office_set_off_is_no_statement():
    """The office set off before its holder reads as the holder alone does ("X briefed reporters after the meeting.")."""
    body = (
        "The Press Secretary, Mr. Tobias Wrennick, briefed reporters after the meeting.\n\n"
        "Mr. Wrennick said the two ministers would meet again in May."
    )
    assert_statements(body, [
        ("Tobias Wrennick", "indirect", "Mr. Wrennick said the two ministers would meet again in May."),
    ])
