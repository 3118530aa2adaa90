"""Statements found by helper h763's mends of styles41 (tourism ministries' and tourism boards' English releases):
a "He said …" after a sentence that only lists who else was present, a participle phrase with no commas between a
subject and its verb, two offices each with its state's possessive joined by "and", and a courtesy call "called on
him at …" in a clause of narrative.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_he_after_a_sentence_of_those_present_is_the_one_who_spoke_before():
    """"The Ambassador …, Datin X, and the board's director for Europe, Y, were also present." then "He said …": the
    sentence only lists several people present, none its subject; "He" is the one who spoke before it, not the first
    person it names."""
    assert_statements((
        "Deputy director general Tarvo Melling said the road tour had drawn many buyers.\n\n"
        "The Norvane Ambassador to Sudria, Datin Corah Velt, and the board's director for Europe, Anika Brosk, were "
        "also present.\n\n"
        "He said the sessions were the best platform to sell new packages."
    ), [
        ("Tarvo Melling", "indirect", "Deputy director general Tarvo Melling said the road tour had drawn many "
                                      "buyers."),
        ("Tarvo Melling", "indirect", "He said the sessions were the best platform to sell new packages."),
    ])


def test_a_participle_phrase_with_no_commas_before_the_verb_keeps_the_subject():
    """"Smt. X agreeing to strengthen the bilateral cooperation in tourism lauded …": the person who opens the
    sentence before a participle phrase with its object and no commas is the subject of the verb after it; before,
    the sentence had no speaker, and the "She also appreciated …" after it went to the woman who spoke before."""
    assert_statements((
        "Secretary of Tourism of Quellan Smt. Irena Dovalis called on Minister for Tourism Kumari Ravina Telhot here "
        "today.\n\n"
        "Welcoming the visiting dignitary, Kumari Ravina Telhot said that Norvane admired the culture of Quellan.\n\n"
        "Smt. Dovalis agreeing to strengthen the cooperation in tourism lauded the success of the campaign. She also "
        "appreciated the quick recovery of the sector."
    ), [
        ("Kumari Ravina Telhot", "indirect", "Welcoming the visiting dignitary, Kumari Ravina Telhot said that Norvane "
                                             "admired the culture of Quellan."),
        ("Irena Dovalis", "indirect", "Smt. Dovalis agreeing to strengthen the cooperation in tourism lauded the "
                                      "success of the campaign."),
        ("Irena Dovalis", "indirect", "She also appreciated the quick recovery of the sector."),
    ])


def test_two_offices_each_with_its_states_possessive_joined_by_and_are_a_pair():
    """"Norvane's Minister of Tourism and Quellan's Minister of Environment and Tourism agreed …": the possessive
    after "and", with an office after it, opens the second office; the two together, no one's statement (before, the
    whole read as one office, the first minister's)."""
    assert_statements((
        "Tourism Minister Tarvo Melling met with Minister Oskar Dravin on 28 January.\n\n"
        "Norvane's Minister of Tourism and Quellan's Minister of Environment and Tourism stressed the need for direct "
        "flights.\n\n"
        "Minister Tarvo Melling expressed the hope that arrivals would grow."
    ), [
        ("Tarvo Melling", "indirect", "Minister Tarvo Melling expressed the hope that arrivals would grow."),
    ])


def test_an_office_of_environment_and_tourism_stays_one_office():
    """Guard: "Quellan's Minister of Environment and Tourism Oskar Dravin stressed …": the "and" inside one office,
    no possessive after it, keeps the office and its holder one person."""
    assert_statements((
        "Quellan's Minister of Environment and Tourism Oskar Dravin stressed the need for direct flights."
    ), [
        ("Oskar Dravin", "indirect", "Quellan's Minister of Environment and Tourism Oskar Dravin stressed the need "
                                     "for direct flights."),
    ])


def test_called_on_him_at_an_office_is_a_courtesy_call():
    """"He was speaking to reporters after the Ambassador of X, Mrs. Y, called on him at the corporation's head
    office.": a call on "him" at a place, no appeal's "to" after it, is a visit, and the sentence no one's words."""
    assert_statements((
        "The government has allowed visas on arrival for group tourists, said Managing Director Tarvo Melling.\n\n"
        "He was speaking to reporters after the Ambassador of Quellan, Mrs. Irena Dovalis, called on him at the "
        "corporation's head office.\n\n"
        "He said that the corporation was making all-out efforts to promote tourism."
    ), [
        ("Tarvo Melling", "indirect", "The government has allowed visas on arrival for group tourists, said Managing "
                                      "Director Tarvo Melling."),
        ("Tarvo Melling", "indirect", "He said that the corporation was making all-out efforts to promote tourism."),
    ])


def test_called_on_him_at_a_meeting_to_act_is_still_an_appeal():
    """Guard: "He called on them at the meeting to join efforts …": an appeal, "to" and a verb after the call, his."""
    assert_statements((
        "Managing Director Tarvo Melling met the tour operators.\n\n"
        "He called on them at the meeting to join efforts against fraud."
    ), [
        ("Tarvo Melling", "indirect", "He called on them at the meeting to join efforts against fraud."),
    ])


def test_a_malay_womans_title_makes_her_a_woman():
    """"Datin X received Minister Y …" then "He said …": "Datin" (as "Hajah", "Puan") is a woman's title, so "He" is
    the minister she received, not she (before, her gender unknown, the subject took the pronoun)."""
    assert_statements((
        "Datin Corah Velt received Minister Oskar Dravin at the board on Monday.\n\n"
        "He said the road tour had drawn many buyers."
    ), [
        ("Oskar Dravin", "indirect", "He said the road tour had drawn many buyers."),
    ])
