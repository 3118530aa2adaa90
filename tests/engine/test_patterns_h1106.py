"""Statements found by helper h1106's set eighthundredfortysecond (the Lieutenant Governor of Jammu and Kashmir, as
Indian papers print the Raj Bhavan's releases): "Lt Governor" with no full stop a lieutenant governor, as "Lt. Gov." and
"Lieutenant Governor" are; an office, its comma and its holder's name closed by "here" ("called on Lieutenant Governor,
X here at Raj Bhavan"); "the demands put forth by the delegation" a participle, not the sentence's speech verb; an office
set off after a name with its body in brackets or after a comma of its own, the closing comma left out before the verb.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard tests
keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_lt_governor_without_a_full_stop_is_the_lieutenant_governor():
    """"Lieutenant Governor X … The Lt Governor observed …": "Lt" before "Governor" is "Lieutenant" (before, it read as
    "governor", an office kept apart from the lieutenant governor's, and the sentence was no one's)."""
    assert_statements((
        "A delegation of the Orvan Traders Union called on Lieutenant Governor Tavel Marsk at the Raj Bhavan today.\n\n"
        "The Lt Governor observed that the administration was working for the traders.\n\n"
        "The Lt. Governor assured the delegation of early action."
    ), [
        ("Tavel Marsk", "indirect", "The Lt Governor observed that the administration was working for the traders."),
        ("Tavel Marsk", "indirect", "The Lt. Governor assured the delegation of early action."),
    ])


def test_lt_governor_is_not_the_governor():
    """Guard: a governor and a lieutenant governor in one readout: "the Governor said" stays the governor's, "the Lt
    Governor" the other's (h1065's rule kept the two offices apart; "Lt" now reads as "Lieutenant" for it)."""
    assert_statements((
        "Governor Ada Loren and Lt Governor Tavel Marsk met the Orvan Traders Union today.\n\n"
        "The Governor said that the port would reopen.\n\n"
        "The Lt Governor said that the roads would be repaired."
    ), [
        ("Ada Loren", "indirect", "The Governor said that the port would reopen."),
        ("Tavel Marsk", "indirect", "The Lt Governor said that the roads would be repaired."),
    ])


def test_lieutenant_general_shortened_stays_a_rank():
    """Guard: "Lt. Gen. X" is a general's rank before the name, no lieutenant governor: "the Lt Governor" after it is
    still the lieutenant governor named beside him."""
    assert_statements((
        "Lt. Gen. Oren Vask said that the exercises would go on. He met Lieutenant Governor Tavel Marsk today.\n\n"
        "The Lt Governor said that the roads would be repaired."
    ), [
        ("Oren Vask", "indirect", "Lt. Gen. Oren Vask said that the exercises would go on."),
        ("Tavel Marsk", "indirect", "The Lt Governor said that the roads would be repaired."),
    ])


def test_office_comma_name_closed_by_here():
    """"… called on Lieutenant Governor, X here at Raj Bhawan. … The Lt Governor observed …": "here" closes the name
    set off after its office, as "today" or "at" would (before, the office was not his and the sentences no one's)."""
    assert_statements((
        "Secretary of Tourism Ilva Rend on Friday called on Lieutenant Governor, Tavel Marsk here at Raj Bhawan.\n\n"
        "The Lt Governor observed that the valley was open to visitors."
    ), [
        ("Tavel Marsk", "indirect", "The Lt Governor observed that the valley was open to visitors."),
    ])


def test_office_comma_names_listed_before_here_stay_a_list():
    """Guard: "the Minister, Ida Morn and Anton Vesk here": two people, the office not given to the first."""
    result = run(
        "The delegation met the Minister, Ida Morn and Anton Vesk here on Monday.\n\n"
        "The Minister said that the talks were useful."
    )
    assert [s.speaker for s in result.statements if s.text.startswith("The Minister said")] != ["Ida Morn"]


def test_demands_put_forth_by_a_delegation_is_no_speech_verb():
    """"The Lt Governor listened to the demands put forth by the delegation and assured them that …": "put forth by"
    after a noun is a participle describing it, not the delegation's speech; "assured" is the subject's (before, the
    delegation's "put forth" took the sentence and "and assured" went with it)."""
    assert_statements((
        "Lieutenant Governor Tavel Marsk met a delegation of the Orvan Traders Union today.\n\n"
        "The Lt Governor listened to the demands put forth by the members of the delegation and assured them that "
        "their issues would be taken up."
    ), [
        ("Tavel Marsk", "indirect", "The Lt Governor listened to the demands put forth by the members of the delegation "
                                    "and assured them that their issues would be taken up."),
    ])


def test_put_forward_as_a_verb_stays_a_statement():
    """Guard: "X put forward a plan and assured …": "put forward" the subject's own verb, his statement."""
    assert_statements((
        "Minister Ivo Kral put forward a plan for the port and assured the traders that it would be funded."
    ), [
        ("Ivo Kral", "indirect", "Minister Ivo Kral put forward a plan for the port and assured the traders that it "
                                 "would be funded."),
    ])


def test_office_with_its_body_in_brackets_before_the_verb():
    """"Meanwhile, X, Additional Solicitor General (High Court of Velmora) also called on … and discussed …": the body
    in brackets ends the office, the closing comma left out; the name is the subject (before, no one's)."""
    assert_statements((
        "Meanwhile, Oren Vask, Additional Solicitor General (High Court of Velmora) also called on Lieutenant Governor "
        "Tavel Marsk at Raj Bhavan today and discussed several issues."
    ), [
        ("Oren Vask", "indirect", "Meanwhile, Oren Vask, Additional Solicitor General (High Court of Velmora) also "
                                  "called on Lieutenant Governor Tavel Marsk at Raj Bhavan today and discussed several "
                                  "issues."),
    ])


def test_office_then_its_body_after_a_comma_before_the_verb():
    """"X, Youth President, Orvan People's Party also called on … and discussed …": the office's body set off by a comma
    of its own, the closing comma left out; the name is the subject (before, no one's)."""
    assert_statements((
        "Ilva Rend, Youth President, Orvan People's Party also called on the Lt Governor and discussed the issues of "
        "youth engagement."
    ), [
        ("Ilva Rend", "indirect", "Ilva Rend, Youth President, Orvan People's Party also called on the Lt Governor and "
                                  "discussed the issues of youth engagement."),
    ])


def test_office_then_a_second_person_is_no_body():
    """Guard: "X, Youth President, and Y called on … and discussed …": a pair, no statement of X's alone (the words
    after the office's comma are a person, not a body)."""
    result = run(
        "Ilva Rend, Youth President, and Oren Vask also called on the Lt Governor and discussed the issues of youth "
        "engagement."
    )
    assert [s.speaker for s in result.statements] in ([], [None])
