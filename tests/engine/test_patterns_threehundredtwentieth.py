"""Readings of real Ukrainian government text of stop 34 (three-hundred-twentieth): English releases of the Cabinet of
Ministers of Ukraine (kmu.gov.ua) and of the Ministry of Foreign Affairs of Ukraine (mfa.gov.ua).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_order_to_all_members_of_a_body_is_an_order():
    """"Prime Minister … has ordered all members of the Cabinet of Ministers of Ukraine on a monthly basis to report …"
    (three-hundred-twentieth ukraine_cabinet_2015-03-04_monthly_reports): an order to all of a body, "to" and a verb
    some words on, what to report quoted, as "ordered his cabinet on Tuesday to submit …"."""
    body = (
        "Prime Minister of Kaldoria Oren Vask has ordered all members of the Government on a weekly basis to report "
        "“what has been done, what results have been achieved\"."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", body),
    ], title="Oren Vask commissions ministers to report each week")


def test_ordered_all_of_the_files_stays_narrative():
    """Guard: "ordered all the files to be sealed" is an order of a thing done to things ("to be"), and "all of"
    opens no addressee: no statement."""
    body = (
        "Prime Minister of Kaldoria Oren Vask visited the archive on Monday.\n\n"
        "The archive director ordered all the old files to be sealed before the visit."
    )
    assert_statements(body, [], title="Oren Vask visited the archive")


def test_said_at_a_meeting_and_nothing_more_is_narrative():
    """"… has ordered all members … to report …. The Prime Minister said at the Cabinet’s meeting on Wednesday, March 4."
    (three-hundred-twentieth ukraine_cabinet_2015-03-04_monthly_reports): "said" with no object, then only where and
    when, says nothing, as "said this during …"."""
    body = (
        "Prime Minister of Kaldoria Oren Vask has urged the ministers to finish the budget by May. "
        "The Prime Minister said at the Government’s meeting on Wednesday, March 4."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Prime Minister of Kaldoria Oren Vask has urged the ministers to finish the budget by May."),
    ], title="Oren Vask urges ministers to finish the budget")


def test_said_at_a_meeting_that_still_speaks():
    """Guard: "said at the meeting that …" tells what was said: a statement."""
    body = "The Prime Minister of Kaldoria Oren Vask said at the Government’s meeting on Wednesday that the budget was ready."
    assert_statements(body, [
        ("Oren Vask", "indirect", body),
    ], title="Oren Vask on the budget")


def test_a_sentence_after_this_was_announced_by_is_not_carried_on():
    """"The unity of Ukrainians … will be instrumental …. This was announced by Prime Minister … in the course of the
    meeting with …. This year marks 50 years of the Ukrainian World Congress (UWC)." (three-hundred-twentieth
    ukraine_cabinet_2017-09-01_uwc): the lead is his, the "This was announced by" sentence only names him, and the
    sentence after it is the release's own background, not carried on from it."""
    body = (
        "The unity of Kaldorians abroad will help rebuild the country. This was announced by Prime Minister of "
        "Kaldoria Oren Vask in the course of the meeting with the leaders of the Kaldorian World League. "
        "This year marks 40 years of the Kaldorian World League."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The unity of Kaldorians abroad will help rebuild the country."),
    ], title="Oren Vask met the Kaldorian World League")


def test_a_sentence_after_a_statement_still_carries_on():
    """Guard: after the speaker's own statement (no "This was announced by"), a sentence with no speaker of its own
    still carries it on."""
    body = (
        "Prime Minister of Kaldoria Oren Vask stressed that the unity of Kaldorians abroad would help rebuild the "
        "country. This is a common task."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Prime Minister of Kaldoria Oren Vask stressed that the unity of Kaldorians abroad "
         "would help rebuild the country."),
        ("Oren Vask", "indirect", "This is a common task."),
    ], title="Oren Vask on unity")
