"""Statements found by helper h695's set fivehundredtwentieth (HM Government of Gibraltar's releases):

- "The Chief Minister briefed …" in a release that never names him: the office's unnamed holder, as "the First
  Minister" of a devolved government's statement (people._UNNAMED_HOLDERS);
- "X hosted a dinner …, and on Friday, Y updated Z on …": Y's clause opens at the day set off by its comma
  (reported_speech._joined_after_a_time);
- "The importance of X was reaffirmed during the meeting and Y stressed …": the agentless passive before the bare
  "and" is no one's statement (reported_speech._agentless_passive_before);
- "X has told a visiting group of Students that …" / "The Students are here as part of …": a sentence about those
  told, between two of X's reports, is not X's words carried on (carrying_on._describes_those_told).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET = "The Chief Minister and the Deputy Chief Minister met the Harbour Traders Group this afternoon."
_BRIEFED = ("The Chief Minister briefed the Group, in general terms, on the latest state of play regarding the talks "
            "on the new ferry link.")


def test_an_unnamed_chief_minister_is_the_speaker():
    """"The Chief Minister briefed …" with no one named: the office's holder speaks (as "The First Minister …")."""
    assert_statements(
        _MET + "\n\n" + _BRIEFED,
        [("The Chief Minister", "indirect", _BRIEFED)],
    )


_VISIT = ("The First Minister of Carvell Anna Pryce arrived in Tolmar late Thursday on a short working visit.")
_DINNER = "The Chief Minister Tomas Vell hosted a working dinner with the First Minister on Thursday evening"
_UPDATED = "on Friday, the Deputy Chief Minister Dr Ian Marsh updated the First Minister on the treaty talks."


def test_a_clause_joined_after_a_day_is_the_speakers_alone():
    """"…, and on Friday, Y updated Z on …": the dinner before is narrative; Y's clause from the day on."""
    assert_statements(
        _VISIT + "\n\n" + _DINNER + ", and " + _UPDATED,
        [("Ian Marsh", "indirect", _UPDATED)],
    )


def test_a_clause_joined_right_before_its_subject_guard():
    """Guard: "…, and the Deputy Chief Minister updated …" (no day between) keeps its clause, as before."""
    updated = "the Deputy Chief Minister Dr Ian Marsh updated the First Minister on the treaty talks."
    assert_statements(
        _VISIT + "\n\n" + _DINNER + ", and " + updated,
        [("Ian Marsh", "indirect", updated)],
    )


_CALL = "The Chief Minister Tomas Vell met the Minister for the Navy Ken Dall yesterday."
_STRESSED = "the Chief Minister stressed the commitment of the Government to the armed forces."


def test_an_agentless_passive_before_and_is_no_ones_statement():
    """"The importance of X was reaffirmed during the meeting and the Chief Minister stressed …": his clause only."""
    assert_statements(
        _CALL + "\n\n" + "The importance of the port to the navy was reaffirmed during the meeting and " + _STRESSED,
        [("Tomas Vell", "indirect", _STRESSED)],
    )


def test_a_passive_inside_a_report_before_and_guard():
    """Guard: "X noted that the port was upgraded … and the navy stressed …": the passive is inside his report, which
    keeps its opening (the group's clause after "and" is cut as before)."""
    assert_statements(
        _CALL + "\n\n" + "The Chief Minister noted that the port was upgraded last year and the navy stressed its value.",
        [("Tomas Vell", "indirect", "The Chief Minister noted that the port was upgraded last year")],
    )


_TOLD = ("The Deputy Chief Minister Dr Ian Marsh has told a visiting group of Harbour Apprentices that the new ferry "
         "link would open next spring.")
_ABOUT_THEM = ("The Apprentices are here as part of the regular visits organised by the Government to increase the "
               "knowledge of the port.")
_EXPLAINED = "He explained that the timetable had been agreed with the ferry operators."


def test_a_sentence_about_those_told_is_not_carried_on():
    """"X has told a visiting group of Apprentices that …" / "The Apprentices are here …": about the listeners."""
    assert_statements(
        _TOLD + "\n\n" + _ABOUT_THEM + "\n\n" + _EXPLAINED,
        [("Ian Marsh", "indirect", _TOLD), ("Ian Marsh", "indirect", _EXPLAINED)],
    )


def test_a_sentence_between_two_reports_still_carries_on_guard():
    """Guard: a sentence of no one between two of X's reports, its subject not those told, is still his."""
    between = "The crossings would take less than an hour."
    assert_statements(
        _TOLD + "\n\n" + between + "\n\n" + _EXPLAINED,
        [("Ian Marsh", "indirect", _TOLD), ("Ian Marsh", "indirect", between), ("Ian Marsh", "indirect", _EXPLAINED)],
    )
