"""Helper h1048 (sevenhundredninetyeighth, the Chief Minister of Mizoram as Indian outlets print him): a wire's
dateline of two places joined by a slash before a colon, "New Delhi/Aizawl: Chief Minister X met Y … and discussed
various issues, officials said." (the subject read past it, as past "Guwahati: "); and "ensured that … shall / will
…", the Indian press's "ensured" for "assured" (a promise), not "ensured that the polls were held", an act."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_two_places_joined_by_a_slash_before_a_colon_open_no_subject():
    body = (
        "Varnow/Pelstad: Velmar Chief Minister Tomas Rinaldi met Prime Minister Orla Fenwick on Thursday and "
        "discussed various issues, officials said."
    )
    assert_statements(body, [
        ("Tomas Rinaldi", "indirect",
         "Varnow/Pelstad: Velmar Chief Minister Tomas Rinaldi met Prime Minister Orla Fenwick on Thursday and "
         "discussed various issues, officials said."),
    ])


def test_one_place_before_a_colon_reads_as_before():
    body = (
        "Pelstad: Velmar Chief Minister Tomas Rinaldi met Prime Minister Orla Fenwick on Thursday and "
        "discussed various issues."
    )
    assert_statements(body, [
        ("Tomas Rinaldi", "indirect",
         "Pelstad: Velmar Chief Minister Tomas Rinaldi met Prime Minister Orla Fenwick on Thursday and "
         "discussed various issues."),
    ])


def test_slashed_places_in_capitals_before_a_pair_stay_narrative():
    body = (
        "VARNOW/PELSTAD: Chief Minister Tomas Rinaldi met Prime Minister Orla Fenwick and discussed various issues."
    )
    assert_statements(body, [])


def test_ensured_that_a_future_is_an_assurance():
    body = (
        "Parliamentarians of Dravia called on Chief Minister Tomas Rinaldi in Pelstad.\n\n"
        "During the meeting, Rinaldi ensured that all Dravian nationals, who have crossed the border, shall be "
        "supported by the state."
    )
    assert_statements(body, [
        ("Tomas Rinaldi", "indirect",
         "During the meeting, Rinaldi ensured that all Dravian nationals, who have crossed the border, shall be "
         "supported by the state."),
    ])


def test_ensured_that_a_past_act_is_no_assurance():
    body = (
        "Parliamentarians of Dravia called on Chief Minister Tomas Rinaldi in Pelstad.\n\n"
        "Rinaldi ensured that the relief camps were supplied before the rains."
    )
    assert_statements(body, [])
