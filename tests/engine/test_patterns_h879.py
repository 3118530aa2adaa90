"""Statements found by helper h879's mends of sixhundredsixtyfirst (Jiji Press wire reports on Japan's leaders' meetings
and calls, as nippon.com prints them): a lone word that is the first half of a hyphenated double surname; a meeting
named after a pair's hyphened names ("The Rall-Penn phone talks came at a time when …") told of as an event; and a
headline's adjective before "to" ("Kishida Eager to Showcase …") no part of a name.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""

from .test_patterns import assert_statements


def test_a_lone_first_half_of_a_double_surname_with_no_title_is_the_person_named_in_full():
    """"President Vela Orsini-Dardan …" then "…, Orsini said that …": the bare first half of her surname is she (before,
    no one: a lone untitled word is taken only as a known name)."""
    assert_statements((
        "Prime Minister Tovo Rall met with Marvish President Vela Orsini-Dardan at the palace on Friday.\n\n"
        "On trade, which is the minister's portfolio, Orsini said that the new port is important for growth."
    ), [
        ("Vela Orsini-Dardan", "indirect", "On trade, which is the minister's portfolio, Orsini said that the new port "
                                           "is important for growth."),
    ])


def test_a_lone_first_half_shared_by_two_double_surnames_stays_no_one():
    """Guard: two people named in full whose hyphenated surnames both open "Orsini": the bare "Orsini" is neither."""
    assert_statements((
        "President Vela Orsini-Dardan met with Minister Ivo Orsini-Kell at the palace on Friday.\n\n"
        "Orsini said that the new port is important for growth."
    ), [])


def test_a_meeting_named_after_a_pairs_hyphened_names_ends_the_report():
    """"Rall said … . The Rall-Penn phone talks came at a time when …": when the meeting fell, the readout's account, not
    Rall's report carried on (the meeting's word "talks" stood past the first three words); "lasted" too."""
    assert_statements((
        "Minister Tovo Rall spoke with Minister Ivo Penn by phone on Monday.\n\n"
        "Rall said he will visit the capital in May. The Rall-Penn phone talks came at a time when tensions are rising "
        "on the border.\n\n"
        "Penn said trade would grow. The Penn-Rall phone talks lasted an hour."
    ), [
        ("Tovo Rall", "indirect", "Rall said he will visit the capital in May."),
        ("Ivo Penn", "indirect", "Penn said trade would grow."),
    ])


def test_a_thing_that_came_at_a_time_is_still_the_report_carried_on():
    """Guard: "The new tariff came at a time when …", no meeting its subject, after one man's report: his words carried on."""
    assert_statements((
        "Minister Tovo Rall spoke with Minister Ivo Penn by phone on Monday.\n\n"
        "Rall said he will visit the capital in May. The new tariff came at a time when exports are rising."
    ), [
        ("Tovo Rall", "indirect", "Rall said he will visit the capital in May."),
        ("Tovo Rall", "indirect", "The new tariff came at a time when exports are rising."),
    ])


def test_a_headline_adjective_before_to_is_no_part_of_the_name():
    """The title "Focus: Rall Eager to Showcase Close Ties with Penn" over a body naming "Prime Minister Tovo Rall": the
    speaker is "Tovo Rall", not a person "Rall Eager" (the adjective before "to" parts the run as a headline verb does);
    guard: "Keen" as a given name, with no "to" after it, stays in the name."""
    result = assert_statements((
        "Prime Minister Tovo Rall held a video call with President Ivo Penn on Friday.\n\n"
        "Rall said the call was very useful."
    ), [
        ("Tovo Rall", "indirect", "Rall said the call was very useful."),
    ], title="Focus: Rall Eager to Showcase Close Ties with Penn")
    assert [s.name for s in result.speakers] == ["Tovo Rall"]
    other = assert_statements((
        "Minister Keen Adoro met the envoy on Friday.\n\n"
        "Adoro said the visit was useful."
    ), [
        ("Keen Adoro", "indirect", "Adoro said the visit was useful."),
    ], title="Minister Keen Adoro Meets Envoy")
    assert [s.name for s in other.speakers] == ["Keen Adoro"]
