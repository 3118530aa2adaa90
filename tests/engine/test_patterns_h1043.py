"""Helper h1043 (sevenhundredninetythird, the Chief Minister of Tripura as outlets print him): a courtesy call quoted
between straight marks, "\"Dr X called on President Y,\" the ministry said." (the call ends where its quotation
closes, as at a full stop: a visit, not an appeal; "\"We called on them to stop,\" he said" stays an appeal)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quoted_courtesy_call_between_straight_marks_is_no_appeal():
    body = (
        "Chief Minister Oren Valdry met Governor Lisa Marrow in Dunmere.\n\n"
        "\"Dr Oren Valdry called on President Tomas Eberly,\" the Ministry said."
    )
    assert_statements(body, [])


def test_a_quoted_appeal_between_straight_marks_stays_an_appeal():
    body = (
        "Chief Minister Oren Valdry met Governor Lisa Marrow in Dunmere.\n\n"
        "\"We called on the parties to stop the violence,\" Governor Marrow said."
    )
    assert_statements(body, [
        ("Lisa Marrow", "direct", "We called on the parties to stop the violence,"),
    ])


def test_a_courtesy_call_told_in_a_sentence_is_still_narrative():
    body = (
        "Chief Minister Oren Valdry met Governor Lisa Marrow in Dunmere.\n\n"
        "Dr Oren Valdry called on President Tomas Eberly."
    )
    assert_statements(body, [])
