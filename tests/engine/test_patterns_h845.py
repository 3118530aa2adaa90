"""Statements found by helper h845 (sixhundredthirtysecond, BSS, Bangladesh's state news agency, as its site and
Bangladeshi papers print it):
- "…, President's press secretary Md. Tomas Ebbe said.": "Md." (and "Mohd."), Muhammad shortened as a first name, ends
  no sentence, so the name after it is the subject of the verb (before, the sentence ended at "Md." and the report was
  no one's); a managing director's "MD." in capitals still ends one.
- "The new high commissioner sought overall guidance and cooperation of the President …": "sought … guidance", asked
  for it, as "sought … advice" (before, no one's statement).
- "PM's Press Secretary X briefed reporters after the meeting.": only whom and when, nothing told, no statement (before,
  the press secretary's); "briefed journalists on the results of …" still tells what.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL = "Prime Minister Arla Venn made a courtesy call on President Doran Keth at the palace on Saturday.\n\n"


def test_md_before_a_first_name_ends_no_sentence():
    assert_statements(CALL + (
        "The Prime Minister visited Kastria and Velor from April 25 to May 9 and took part in different bilateral "
        "programmes on trade, President's press secretary Md. Tomas Ebbe said."
    ), [
        ("Md. Tomas Ebbe", "indirect", "The Prime Minister visited Kastria and Velor from April 25 to May 9 and took part "
                                       "in different bilateral programmes on trade, President's press secretary Md. Tomas "
                                       "Ebbe said."),
    ])


def test_mohd_before_a_first_name_ends_no_sentence():
    assert_statements(CALL + "Mohd. Farid Lenn, the palace's spokesman, said the talks were warm.", [
        ("Mohd. Farid Lenn", "indirect", "Mohd. Farid Lenn, the palace's spokesman, said the talks were warm."),
    ])


def test_a_managing_directors_md_in_capitals_still_ends_a_sentence():
    """Guard: "… appointed him MD." ends its sentence; the next one is the President's own."""
    assert_statements(CALL + (
        "The board of Velor Rail appointed Oren Salt as its MD. President Doran Keth said the railway would grow."
    ), [
        ("Doran Keth", "indirect", "President Doran Keth said the railway would grow."),
    ])


def test_sought_guidance_is_a_request():
    assert_statements(CALL + (
        "The new high commissioner Ilse Marn sought overall guidance and cooperation of the President in "
        "discharging her duties."
    ), [
        ("Ilse Marn", "indirect", "The new high commissioner Ilse Marn sought overall guidance and cooperation of the "
                                  "President in discharging her duties."),
    ])


def test_sought_refuge_is_no_statement():
    """Guard: "sought refuge", a shelter found, says nothing."""
    assert_statements(CALL + "President Doran Keth sought refuge in the palace during the storm.", [])


def test_briefed_reporters_after_the_meeting_tells_nothing():
    assert_statements(CALL + (
        "PM's Press Secretary Iven Dask briefed reporters after the meeting.\n\n"
        "\"Both sides have expressed satisfaction at the level of cooperation,\" he said."
    ), [
        ("Iven Dask", "direct", "Both sides have expressed satisfaction at the level of cooperation,"),
    ])


def test_briefed_journalists_on_the_results_is_a_statement():
    """Guard: "briefed journalists on the results of …" tells what, a statement."""
    assert_statements(CALL + (
        "Press Secretary Iven Dask briefed journalists on the results of the talks after the meeting."
    ), [
        ("Iven Dask", "indirect", "Press Secretary Iven Dask briefed journalists on the results of the talks after "
                                  "the meeting."),
    ])
