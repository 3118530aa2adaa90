"""Statements found by helper h784's set fivehundredeightyeighth (BTA, the Bulgarian News Agency's English service,
and Bulgarian National Radio's): "Amb. X" and "Prof. X" make a lone surname a person's, as "Dr. X" does; a post's
words closing with an inverted "…, wrote X on Facebook." are X's, as "…, said X." are; one word after an office in a
title ("Foreign Minister Gabriel") is a surname, telling no gender by a given name's list, so the body's "She" is
still the minister; "The conversation mainly focused on …" is the meeting's topic, and "These included …" after it
lists that topic, no one's report carried on.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_lone_surname_after_amb_is_a_speaker():
    """"Amb. Vostrel underscored that …" (the surname named nowhere else): Vostrel's (before, no one's)."""
    assert_statements((
        "The new ambassadors presented their credentials to President Anton Merova.\n\n"
        "Amb. Vostrel underscored that the two countries are friends, partners and allies."
    ), [
        ("Vostrel", "indirect", "Amb. Vostrel underscored that the two countries are friends, partners and allies."),
    ])


def test_a_lone_surname_after_prof_is_a_speaker():
    """"Prof. Kalder said that …": Kalder's (before, no one's)."""
    assert_statements((
        "Prof. Kalder said that the university will open a new chair of Velmoran studies."
    ), [
        ("Kalder", "indirect", "Prof. Kalder said that the university will open a new chair of Velmoran studies."),
    ])


def test_a_lone_capitalised_word_after_no_style_stays_no_one():
    """Guard: "Velmora underscored that …" (a place's name, no style before it) is no person's statement."""
    result = run("Velmora underscored that the two countries are friends.")
    assert [s for s in result.statements if s.speaker is not None] == []


def test_words_closing_with_an_inverted_wrote_are_the_writers():
    """"It is important that …, wrote Foreign Minister X on Facebook on Tuesday.": the post's words X's (before,
    "wrote" inverted after its words was no cue)."""
    assert_statements((
        "It is important that parliamentary dialogue is "
        "enhanced, wrote Foreign Minister Lidia Varga on Facebook on Tuesday."
    ), [
        ("Lidia Varga", "indirect",
         "It is important that parliamentary dialogue is enhanced, wrote Foreign Minister Lidia Varga on Facebook on "
         "Tuesday."),
    ])


def test_a_surname_in_the_title_that_is_also_a_given_name_tells_no_gender():
    """Title "Foreign Minister Gabriel Visits Ostrava", body "Foreign Minister Maria Gabriel …" / "She thanked …":
    the minister's (before, the title's lone "Gabriel" read as a man's given name, and "She" found no one)."""
    assert_statements((
        "Foreign Minister Maria Gabriel said relations with Ostrava are good. Gabriel is paying a two-day visit.\n\n"
        "She thanked Speaker Ivo Brandt for the constructive meeting."
    ), [
        ("Maria Gabriel", "indirect", "Foreign Minister Maria Gabriel said relations with Ostrava are good."),
        ("Maria Gabriel", "indirect", "She thanked Speaker Ivo Brandt for the constructive meeting."),
    ], title="Foreign Minister Gabriel Visits Ostrava")


def test_a_list_after_the_meetings_topic_is_no_ones_report():
    """"X briefed … The conversation mainly focused on … These included …": the list the meeting's topic (before,
    "mainly" kept the topic sentence from ending X's report, and the list was carried on as X's)."""
    assert_statements((
        "Deputy Foreign Minister Pavel Dorn met EU ambassadors on Tuesday.\n\n"
        "Dorn briefed ambassadors on the nation's views. The conversation mainly focused on Velmora's goals. "
        "These included eliminating border checks and joining the eurozone."
    ), [
        ("Pavel Dorn", "indirect", "Dorn briefed ambassadors on the nation's views."),
    ])


def test_a_list_right_after_a_report_stays_the_reporters():
    """Guard: "X highlighted several areas. These included …" with no topic sentence between: still X's."""
    assert_statements((
        "Minister Pavel Dorn highlighted several areas of cooperation.\n\n"
        "These included: food security, research and transport."
    ), [
        ("Pavel Dorn", "indirect", "Minister Pavel Dorn highlighted several areas of cooperation."),
        ("Pavel Dorn", "indirect", "These included: food security, research and transport."),
    ])


def test_the_first_meeting_of_its_kind_is_the_readouts_account():
    """"X also informed the diplomats about …" / "This has been the first meeting of the Prime Minister with …, according
    to the government's press service.": the meeting's place in a series, no one's (before, carried on as X's)."""
    assert_statements((
        "Prime Minister Oren Talvik has met with the ambassadors of the Union's member states.\n\n"
        "PM Talvik also informed the diplomats about the talks with Ostravia.\n\n"
        "This has been the first meeting of the Prime Minister with the ambassadors, as the intentions are for these "
        "talks to be held regularly, according to the government's press service."
    ), [
        ("Oren Talvik", "indirect", "PM Talvik also informed the diplomats about the talks with Ostravia."),
    ])


def test_a_first_in_a_reporters_own_words_stays_carried_on():
    """Guard: "X said the port will be modernised. This will be the first such project in the region.": not the
    meeting's place in a series, X's report carried on as before."""
    assert_statements((
        "Minister Oren Talvik said the port of Velmora will be modernised next year. "
        "This will be the first such project in the region."
    ), [
        ("Oren Talvik", "indirect", "Minister Oren Talvik said the port of Velmora will be modernised next year."),
        ("Oren Talvik", "indirect", "This will be the first such project in the region."),
    ])
