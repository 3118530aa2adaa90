"""Statements found by helper h794's set fivehundredninetyseventh (Hunan Province's own English releases):
- "He Baoxiang extended welcome … and briefed them …": a sentence that opens with the Chinese surname "He" (or "She")
  before a given name opens with the name, not the pronoun (phrases);
- "X expected delegation members to visit …", "X expected the delegation's visit would be …": a hope held, as
  "expected that" (lexicon, "expect");
- "After the visit to …, A Co., Ltd. and B Co., Ltd., X was deeply impressed … and stated that …": a firm's commas in
  the opening are no clause's; its subject is the name after them (speech_subjects).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_surname_he_before_a_given_name_opens_the_sentence():
    """Before, "He Wenqiao toured … and briefed …" read "He" as the pronoun and gave no statement."""
    assert_statements((
        "Vice Governor He Wenqiao met in Lanfeng with Consul General Ardo Velt.\n\n"
        "He Wenqiao extended welcome to the delegation and briefed them the conditions of Lanfeng Province."
    ), [
        ("He Wenqiao", "indirect",
         "He Wenqiao extended welcome to the delegation and briefed them the conditions of Lanfeng Province."),
    ])


def test_pronoun_he_before_a_verb_stays_a_pronoun():
    """Guard: "He" then a lower-case verb is the pronoun, resolved to the one last named."""
    assert_statements((
        "Consul General Ardo Velt met Vice Governor Ilse Morn.\n\n"
        "Consul General Velt toured the port. He said that the port was impressive."
    ), [
        ("Ardo Velt", "indirect", "He said that the port was impressive."),
    ])


def test_expected_members_to_visit_is_a_wish_held():
    """Before, "X expected delegation members to visit …" was no statement."""
    assert_statements((
        "Director Mei Tansu met a student delegation from Orlin.\n\n"
        "Director Tansu expected delegation members to visit Lanfeng more often."
    ), [
        ("Mei Tansu", "indirect", "Director Tansu expected delegation members to visit Lanfeng more often."),
    ])


def test_expected_a_visit_would_be_is_a_hope_held():
    """Before, "X expected the delegation's visit would be a starting point …" was no statement."""
    assert_statements((
        "Vice Governor Ardo Velt met a delegation from Orlin in Lanfeng.\n\n"
        "Velt expected the delegation's visit would be a starting point for closer exchanges with Lanfeng."
    ), [
        ("Ardo Velt", "indirect",
         "Velt expected the delegation's visit would be a starting point for closer exchanges with Lanfeng."),
    ])


def test_expected_a_downturn_will_be_stays_a_forecast():
    """Guard: "X expects the downturn will be …" (not "would") is a forecast, no cue of its own: the sentence
    carries on the report before it."""
    assert_statements((
        "President Ilse Morn met Ardo Velt, head of Orlin Railways.\n\n"
        "Mr Velt said that freight traffic fell. Orlin Railways expects the downturn will be only temporary."
    ), [
        ("Ardo Velt", "indirect", "Mr Velt said that freight traffic fell."),
        ("Ardo Velt", "indirect", "Orlin Railways expects the downturn will be only temporary."),
    ])


def test_firms_commas_in_an_opening_are_no_clauses():
    """Before, the "Co., Ltd." commas hid the subject after them and gave no statement."""
    assert_statements((
        "Mayor Ilse Morn met in Lanfeng with a delegation led by Secretary Guo Tamlin.\n\n"
        "After the visit to the Planning Hall, Lanfeng Talkweb Co., Ltd. and Orlin Solar Co., Ltd., Guo Tamlin was "
        "deeply impressed by the development of the city and stated that Orlin should learn from it."
    ), [
        ("Guo Tamlin", "indirect",
         "After the visit to the Planning Hall, Lanfeng Talkweb Co., Ltd. and Orlin Solar Co., Ltd., Guo Tamlin was "
         "deeply impressed by the development of the city and stated that Orlin should learn from it."),
    ])


def test_list_of_people_opening_stays_a_group():
    """Guard: "Yesterday, A, B, and C convened …" is the three together, not the last named."""
    assert_statements((
        "Yesterday, Adviser Ardo Velt, Secretary Ilse Morn, and Senior Advisor Mei Tansu convened a roundtable on "
        "ports, underscoring the need for investment."
    ), [])
