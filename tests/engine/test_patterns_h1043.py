"""Helper h1043 (sevenhundredninetythird, the Chief Minister of Tripura as outlets print him): a courtesy call quoted
between straight marks, "\"Dr X called on President Y,\" the ministry said." (the call ends where its quotation
closes, as at a full stop: a visit, not an appeal; "\"We called on them to stop,\" he said" stays an appeal); and a
quotation told by an Indian seat of office named for its house, "the Rashtrapati Bhavan", "the Raj Bhavan", maybe
through "a tweet from" it: the body's words, no one's (a person's tweet stays the person's)."""

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


# A quotation told by an Indian seat of office named for its house ("the Rashtrapati Bhavan", "the Raj Bhavan", "the
# Raj Niwas"), maybe through "a tweet from" it: the body's words, not those of the person the quotation names.


def test_a_tweet_from_a_bhavan_after_a_quotation_is_no_ones():
    body = (
        "Chief Minister Oren Valdry met Governor Lisa Marrow in Dunmere.\n\n"
        "\"Dr Oren Valdry, Chief Minister of Lorrin, along with his wife Smt Ada Valdry, called on President Tomas "
        "Eberly at Rashtrapati Bhavan,\" a tweet from the Rashtrapati Bhavan said."
    )
    assert_statements(body, [])


def test_the_raj_bhavan_after_a_quotation_is_no_one():
    body = (
        "Chief Minister Oren Valdry met Governor Lisa Marrow in Dunmere.\n\n"
        "\"Dr Oren Valdry, with his wife, met Governor Lisa Marrow,\" the Raj Bhavan said."
    )
    assert_statements(body, [])


def test_a_persons_tweet_after_a_quotation_stays_the_persons():
    body = (
        "Chief Minister Oren Valdry met Governor Lisa Marrow in Dunmere.\n\n"
        "“Met the Chief Minister of Lorrin, Dr Oren Valdry ji,” Governor Marrow tweeted."
    )
    assert_statements(body, [
        ("Lisa Marrow", "direct", "Met the Chief Minister of Lorrin, Dr Oren Valdry ji,"),
    ])
