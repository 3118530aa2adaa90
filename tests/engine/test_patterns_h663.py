"""Patterns mended by helper h663 (known errors of the labelled sets, no new set).

- "The head of the hemispheric Organization", "The high official of the hemispheric institution": an office held in
  a body whose name has a lower-case adjective before it is a person's description, so "… and the top Norlandic
  diplomat talked about …" is a pair (no one's statement), as "the head of the regional body and …" was already
  (four-hundred-eighty-fifth, oas.org photonews).

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING = (
    "Secretary General Jose Alvarez met with Foreign Minister Pedro Gomez of Norland at the headquarters.\n\n"
)


def test_head_of_an_adjective_and_capitalised_body_then_a_description_is_a_pair():
    """"The head of the hemispheric Organization and the top Norlandic diplomat talked about …": two people together,
    no statement (before, the second description alone, Gomez, was given the sentence)."""
    body = MEETING + ("The head of the hemispheric Organization and the top Norlandic diplomat talked about the "
                      "political situation in the region.")
    assert_statements(body, [])


def test_high_official_of_a_body_then_a_description_is_a_pair():
    """"The high official of the hemispheric institution and the head of Norlandic diplomacy discussed …": "official"
    is an office held in a body, as "head" is; the two together, no statement."""
    body = MEETING + ("The high official of the hemispheric institution and the head of Norlandic diplomacy discussed "
                      "the agenda of the General Assembly.")
    assert_statements(body, [])


def test_head_of_the_adjective_government_is_the_named_head():
    """"the head of the transitional government underlined …" is the Prime Minister named "Head of Government" (before,
    the phrase read was "the transitional government", a thing, and the sentence had no speaker)."""
    body = ("The Prime Minister, Head of Government, General Amadou Keral, received on Thursday a delegation of the "
            "Velta Development Bank.\n\n"
            "Welcoming his guests, the head of the transitional government underlined that the Transition had made "
            "food sovereignty its priority.")
    assert_statements(body, [
        ("Amadou Keral", "indirect", "Welcoming his guests, the head of the transitional government underlined that "
                                     "the Transition had made food sovereignty its priority."),
    ])


def test_one_head_of_a_body_still_speaks_alone():
    """Guard: the description alone, its holder named, still speaks: "the head of the regional Organization stressed …"
    after "X, head of the regional Organization, …" is X's."""
    body = ("Jose Alvarez, head of the regional Organization, met Foreign Minister Pedro Gomez of Norland.\n\n"
            "The top Norlandic diplomat stressed that the region needs stability.")
    assert_statements(body, [
        ("Pedro Gomez", "indirect", "The top Norlandic diplomat stressed that the region needs stability."),
    ])


COURTESY_CALL = (
    "The newly appointed High Commissioner of the United Kingdom of Great Britain and Northern Ireland to Norland, "
    "Mr Arnold Wesley Pike, paid a courtesy call today on the Prime Minister, Mr Dev Ramsay, at the Treasury.\n\n"
    "In regards to trade the British High Commissioner underscored that new partnership agreements are on the agenda."
)


def test_a_long_office_before_the_name_and_its_comma_is_his():
    """An office of over a hundred characters before "Mr X," (a state's full official name in it) is still his, so
    "the British High Commissioner" later is he (before, the office read stopped short of its "The" and was no one's)."""
    assert_statements(COURTESY_CALL, [
        ("Arnold Wesley Pike", "indirect", "In regards to trade the British High Commissioner underscored that new "
                                           "partnership agreements are on the agenda."),
    ])
