"""Readings of real devolved-government text of stop 34 (three-hundred-thirtieth): statements and readouts of the
Scottish Government, the Welsh Government and the Northern Ireland Executive.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_unnamed_first_minister_speaks_as_the_office():
    """"The First Minister congratulated the Prime Minister on his appointment and wished him well. She expressed
    her hope …" (three-hundred-thirtieth scot_gov 2022-10-25 sunak_call): a devolved government's statement that
    never names its head; "The First Minister" is the speaker, as gov.uk's unnamed "The Prime Minister"."""
    body = (
        "A Government spokesperson said:\n\n"
        "The First Minister and the Chancellor had a short call this evening. The First Minister congratulated the "
        "Chancellor on his appointment and wished him well.\n\n"
        "She expressed her hope that the two governments would work together."
    )
    assert_statements(body, [
        ("The First Minister", "indirect",
         "The First Minister congratulated the Chancellor on his appointment and wished him well."),
        ("The First Minister", "indirect", "She expressed her hope that the two governments would work together."),
    ], title="First Minister's call with the Chancellor")


def test_an_unnamed_first_minister_with_a_pair_stays_out():
    """Guard: "The First Minister and the Chancellor discussed …" is a pair's, and "had a call" narrative: no
    statement (three-hundred-thirtieth wales_gov 2022-11-10 sunak_call, the trap)."""
    body = (
        "A Government spokesperson said:\n\n"
        "The First Minister had a constructive call with the Chancellor this afternoon.\n\n"
        "The First Minister and the Chancellor discussed the cost of living."
    )
    assert_statements(body, [], title="First Minister's call with the Chancellor")


def test_a_named_first_minister_keeps_the_name():
    """Guard: where the readout names her ("First Minister Ada Lind"), "The First Minister" later is she, by name."""
    body = (
        "First Minister Ada Lind met the Chancellor of Vesland in Corran today.\n\n"
        "The First Minister welcomed the Chancellor's visit."
    )
    assert_statements(body, [
        ("Ada Lind", "indirect", "The First Minister welcomed the Chancellor's visit."),
    ], title="First Minister meets Chancellor")


def test_the_fm_is_the_first_minister_where_there_is_one():
    """"The First Minister raised concerns around … The FM also made clear that he expects the PM to …"
    (three-hundred-thirtieth scot_gov 2023-04-24 sunak_meeting): the devolved governments' initials for the First
    Minister, where the readout has one and no Foreign Minister (the initials read "foreign minister" elsewhere)."""
    body = (
        "A statement read:\n\n"
        "The First Minister and the Chancellor met this evening.\n\n"
        "The First Minister raised concerns about the budget.\n\n"
        "The FM also made clear that he expects the Chancellor to respect the Parliament."
    )
    assert_statements(body, [
        ("The First Minister", "indirect", "The First Minister raised concerns about the budget."),
        ("The First Minister", "indirect",
         "The FM also made clear that he expects the Chancellor to respect the Parliament."),
    ], title="First Minister meets the Chancellor")


def test_the_fm_stays_the_foreign_minister_where_one_is_named():
    """Guard: where a Foreign Minister is named ("Foreign Minister Ivo Marr"), "The FM" is he, as the initials
    read in Asian ministries' readouts, even beside a First Minister."""
    body = (
        "First Minister Ada Lind received Foreign Minister of Vesland Ivo Marr in Corran today.\n\n"
        "The First Minister welcomed the visit.\n\n"
        "The FM thanked her for the hospitality."
    )
    assert_statements(body, [
        ("Ada Lind", "indirect", "The First Minister welcomed the visit."),
        ("Ivo Marr", "indirect", "The FM thanked her for the hospitality."),
    ], title="First Minister receives Foreign Minister of Vesland")
