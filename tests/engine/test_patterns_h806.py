"""Statements found by helper h806's mend of sixhundredfourth (Georgia's Ministry of Economy and Sustainable
Development, its readouts as the ministry and regional agencies print them): "the representative of the <Body>" whom
no one's office names is the one person named beside the body's name before, the office between them.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_representative_of_a_body_is_the_one_named_after_its_initials_and_office():
    """"… with the <Body> (<ACR>) Country Director for <Place> X … the representative of the <Body> welcomed …" and
    "He also expressed …": X, whose office the readout wrote after the body's name and initials (before, no one's,
    and "He" the minister's)."""
    assert_statements((
        "Minister of Trade Vera Lund held a working meeting with the Northern Investment Bank (NIB) Country Director "
        "for Ostrava Paul Renk, the ministry said.\n\n"
        "The parties discussed current cooperation projects.\n\n"
        "At the meeting, the representative of the Northern Investment Bank welcomed the economic reforms carried "
        "out by the government.\n\n"
        "He also expressed support for the ongoing infrastructure projects in the country."
    ), [
        ("Paul Renk", "indirect",
         "At the meeting, the representative of the Northern Investment Bank welcomed the economic reforms carried "
         "out by the government."),
        ("Paul Renk", "indirect", "He also expressed support for the ongoing infrastructure projects in the country."),
    ])


def test_the_representative_of_a_body_is_the_one_named_before_his_office_of_it():
    """"… with X, Country Director of the <Body>. … the representative of the <Body> welcomed …": X."""
    assert_statements((
        "Minister of Trade Vera Lund held a working meeting with Paul Renk, Country Director of the Northern "
        "Investment Bank.\n\n"
        "At the meeting, the representative of the Northern Investment Bank welcomed the economic reforms carried "
        "out by the government."
    ), [
        ("Paul Renk", "indirect",
         "At the meeting, the representative of the Northern Investment Bank welcomed the economic reforms carried "
         "out by the government."),
    ])


def test_a_name_after_the_bodys_name_and_a_bare_comma_is_not_its_representative():
    """Guard: "… signed with the <Body>, X told reporters. … the representative of the <Body> welcomed …": no office
    between the body and X, who is the minister and not the bank's representative."""
    assert_statements((
        "The loan agreement was signed with the Northern Investment Bank, Minister of Trade Vera Lund told "
        "reporters.\n\n"
        "At the meeting, the representative of the Northern Investment Bank welcomed the economic reforms carried "
        "out by the government."
    ), [
        ("Vera Lund", "indirect",
         "The loan agreement was signed with the Northern Investment Bank, Minister of Trade Vera Lund told "
         "reporters."),
    ])


def test_an_inverted_closing_cue_with_the_speakers_office_and_an_agencys_note_takes_back_its_lead():
    """"<lead>. …, said X, <office>, <Agency> reports citing <outlet>.": the office after the name and the agency's
    note of its source close the sentence as "…, said X." does, so the lead sentence before is X's too (before, the
    office kept the cue from closing its sentence and the lead was no one's)."""
    assert_statements((
        "Trade between the two countries keeps growing. Despite the pandemic, exports to Ostrel increased by 40 % in "
        "the first quarter, said Ida Varn, Tervanian Minister of Economy and Trade, Mirror reports citing Channel One."
    ), [
        ("Ida Varn", "indirect", "Trade between the two countries keeps growing."),
        ("Ida Varn", "indirect",
         "Despite the pandemic, exports to Ostrel increased by 40 % in the first quarter, said Ida Varn, Tervanian "
         "Minister of Economy and Trade, Mirror reports citing Channel One."),
    ])


def test_two_places_joined_as_the_ties_between_them_are_no_ones_name():
    """"Velm-Ostrel economic relations constantly develop. …, said X.": the hyphened pair of places is the relations'
    modifier, no one who acts, so the lead is X's report (before, read as a name acting: narrative), even where a
    forum's name holds the pair ("the Velm-Ostrel Business Dialog")."""
    assert_statements((
        "Velm-Ostrel economic relations constantly develop. Exports to Ostrel increased by 40 % this year, said Ida "
        "Varn.\n\n"
        "Ida Varn took part in the second meeting of the Velm-Ostrel Business Dialog."
    ), [
        ("Ida Varn", "indirect", "Velm-Ostrel economic relations constantly develop."),
        ("Ida Varn", "indirect", "Exports to Ostrel increased by 40 % this year, said Ida Varn."),
    ])


def test_two_places_joined_before_an_event_stay_narrative():
    """Guard: "Velm-Ostrel talks opened in Rask on Monday. …, said X.": talks that opened are an event the readout
    tells, not X's words."""
    assert_statements((
        "Velm-Ostrel talks opened in Rask on Monday. Exports to Ostrel increased by 40 % this year, said Ida Varn."
    ), [
        ("Ida Varn", "indirect", "Exports to Ostrel increased by 40 % this year, said Ida Varn."),
    ])
