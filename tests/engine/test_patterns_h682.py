"""Statements found by helper h682's set fivehundredtenth (the Sudan News Agency's English releases): a resolve
"renewed" ("has renewed the country's keenness to …"), "unveiled that …" (announced), and an office with no article
after "headed by" before the comma that opens the name ("a delegation headed by Foreign Minister, X.").

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_renewed_keenness_is_said_again():
    """"has renewed Kastravia's keenness to strengthen relations with …": a resolve restated, as "reaffirmed" (before,
    nobody's statement)."""
    assert_statements((
        "Tarvik — The Prime Minister, Dr. Ilmar Vesk has renewed Kastravia's keenness to strengthen relations with "
        "Norlandia.\n\n"
        "This came when Dr. Vesk met, Tuesday, the Norlandian Foreign Minister, Anton Marr."
    ), [
        ("Ilmar Vesk", "indirect", "The Prime Minister, Dr. Ilmar Vesk has renewed Kastravia's keenness to strengthen "
                                   "relations with Norlandia."),
    ])


def test_unveiled_that_is_announced():
    """"Minister X unveiled that he would pay a visit to …": announced, as "revealed that" (before, nobody's)."""
    assert_statements((
        "Foreign Minister Anton Marr unveiled that he would pay a visit to Norlandia during the coming days."
    ), [
        ("Anton Marr", "indirect", "Foreign Minister Anton Marr unveiled that he would pay a visit to Norlandia during "
                                   "the coming days."),
    ])


def test_unveiled_a_plaque_is_no_statement():
    """Guard: "unveiled a plaque" is an act, not speech."""
    assert_statements((
        "Foreign Minister Anton Marr unveiled a plaque at the new embassy on Tuesday."
    ), [])


def test_office_after_headed_by_before_a_comma_and_name():
    """"a visiting delegation headed by Foreign Minister, Tomas Pell.": the office with no article after "headed by"
    is the enclosed name's, so "The Kastravian Foreign Minister said …" is his (before, nobody's)."""
    assert_statements((
        "Tarvik — The President received on Thursday a visiting Kastravian delegation headed by Foreign Minister, "
        "Tomas Pell.\n\n"
        "The Kastravian Foreign Minister said in a press statement after the meeting that the talks were fruitful."
    ), [
        ("Tomas Pell", "indirect", "The Kastravian Foreign Minister said in a press statement after the meeting that "
                                   "the talks were fruitful."),
    ])


def test_office_with_no_article_before_a_titled_name_closed_by_who():
    """"during his meeting … with Foreign Minister, Professor Anton Marr who said …": the office with no article after
    "with", a title, then the name a relative "who" closes, is his, so "The Minister unveiled that …" is Marr's
    (before, it went to the Vice-President, the last speaker)."""
    assert_statements((
        "The Vice-President, Lt. Gen. Ivo Brand has directed ministers to consolidate external relations.\n\n"
        "This came during his meeting at the Council of Ministers with Foreign Minister, Professor Anton Marr who "
        "arrived from Norlandia on Monday.\n\n"
        "The Minister unveiled that he would pay a visit to Kastravia during the coming days."
    ), [
        ("Ivo Brand", "indirect", "The Vice-President, Lt. Gen. Ivo Brand has directed ministers to consolidate "
                                  "external relations."),
        ("Anton Marr", "indirect", "The Minister unveiled that he would pay a visit to Kastravia during the coming "
                                   "days."),
    ])
