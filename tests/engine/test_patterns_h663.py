"""Patterns mended by helper h663 (known errors of the labelled sets, no new set).

- "The head of the hemispheric Organization", "The high official of the hemispheric institution": an office held in
  a body whose name has a lower-case adjective before it is a person's description, so "… and the top Norlandic
  diplomat talked about …" is a pair (no one's statement), as "the head of the regional body and …" was already
  (four-hundred-eighty-fifth, oas.org photonews).
- An office before a name and its comma may be long (a state's full name; a prime minister's list of ministries,
  "The Prime Minister, Minister of …, …, Minister of …, Mr X,": the first office his); "Earlier the Prime Minister
  …" keeps the office the subject "He" means; "The meeting with X focused on …" is the meeting's, not X's
  (four-hundred-eightieth, Mauritius GIS).
- "The X delegation led by the Honourable Y, Office met with …": the office is Y's though unclosed
  (four-hundred-eighty-second, Antigua and Barbuda).
- "The Hon’ble Foreign Minister (Dr.) X": the office before a parenthesised style is X's, as before "(ret.)"; "The
  Foreign Minister during his address to the Group stated …": the aside steps over its listeners too
  (four-hundred-eighty-first, Bhutan's MFA).

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


LISTED_OFFICES = (
    "The Prime Minister, Minister of Home Affairs, External Communications and Regional Development Unit, Minister "
    "of Finance and Economic Development, Mr Dev Ramsay, attended a reception in New York.\n\n"
    "The Prime Minister then met Mr Jan Peeters, Prime Minister of Belgium. "
    "The Prime Minister expressed the interest of his Government in the progress achieved by Belgium."
)


def test_the_first_of_a_list_of_ministers_offices_before_a_name_is_his():
    """"The Prime Minister, Minister of …, <rest of its portfolios>, Minister of …, Mr X,": one holder of all, so "The
    Prime Minister" later is Ramsay (before, the list was no office of his and the bare office went to Peeters, the
    one Prime Minister known)."""
    assert_statements(LISTED_OFFICES, [
        ("Dev Ramsay", "indirect", "The Prime Minister expressed the interest of his Government in the progress "
                                   "achieved by Belgium."),
    ])


def test_a_list_of_names_after_an_office_is_no_list_of_offices():
    """Guard: "The Minister, Minister of Energy, Ida Morn, Anton Vesk, …" has a name among its parts: no office read
    from the list, so "The Minister" is not Vesk's."""
    body = ("The delegation of the Prime Minister, Minister of Energy, Ida Morn, Anton Vesk, arrived in Tarvia.\n\n"
            "Anton Vesk said that the talks were useful.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Anton Vesk said that the talks were useful."),
    ])


def test_earlier_before_an_office_opening_the_sentence_keeps_it_the_subject():
    """"Earlier the Prime Minister had met Mr X, Prime Minister of Belgium. He also expressed …": the office after
    "Earlier" is the subject whom "He" means, as after "Today" (before, "He" went to X, the one met)."""
    body = ("The Prime Minister, Minister of Finance, Mr Dev Ramsay, attended a reception.\n\n"
            "Earlier the Prime Minister had met Mr Jan Peeters, Prime Minister of Belgium. He also expressed the "
            "interest of the Norlandic Government in the progress achieved by Belgium.")
    assert_statements(body, [
        ("Dev Ramsay", "indirect", "He also expressed the interest of the Norlandic Government in the progress "
                                   "achieved by Belgium."),
    ])


def test_the_one_a_meeting_was_with_is_not_its_speaker():
    """"The meeting with his Belgian counterpart focused on health issues": the meeting is the subject, no one's
    statement (before, the counterpart was given it)."""
    body = ("The Prime Minister, Mr Dev Ramsay, met Mr Jan Peeters, Prime Minister of Belgium, in New York.\n\n"
            "The meeting with his Belgian counterpart focused on health issues. The talks with Mr Peeters dealt "
            "with trade as well.")
    assert_statements(body, [])


def test_a_person_after_with_who_opens_no_meeting_still_speaks():
    """Guard: a person who opens his own clause after a sentence on the meeting still speaks."""
    body = ("The Prime Minister, Mr Dev Ramsay, met Mr Jan Peeters, Prime Minister of Belgium, in New York.\n\n"
            "The meeting was cordial. Mr Peeters stressed that health cooperation is a priority.")
    assert_statements(body, [
        ("Jan Peeters", "indirect", "Mr Peeters stressed that health cooperation is a priority."),
    ])


def test_an_unclosed_office_after_the_head_of_an_opening_delegation_is_his():
    """"The Norlandic delegation led by the Honourable X, Parliamentary Secretary to the Ministry of Foreign Affairs met
    with …": the office is X's though no comma closes it, so "The Parliamentary Secretary commented on …" is X's (before,
    the office was no one's and the sentence had no speaker)."""
    body = ("The Norlandic delegation led by the Honourable Arun Vell, Parliamentary Secretary to the Ministry of Foreign "
            "Affairs met with His Excellency Dr. Colin Hart, Ambassador of Tarvia, at the summit.\n\n"
            "The Parliamentary Secretary commented on the recent relaxation of visa requirements for Tarvian nationals.")
    assert_statements(body, [
        ("Arun Vell", "indirect", "The Parliamentary Secretary commented on the recent relaxation of visa requirements "
                                  "for Tarvian nationals."),
    ])


def test_an_unclosed_office_after_a_name_led_by_mid_sentence_is_not_widened():
    """Guard: "led by X, Office" inside a sentence that no delegation opens keeps the old reading: the office closed by
    no comma is not X's ("… a team led by X, Adviser to the Minister of Trade met …" leaves "The Minister of Trade"
    to the one introduced as such)."""
    body = ("Minister of Trade Ida Morn received a team led by Arun Vell, Adviser to the Minister of Trade of Norland "
            "in the capital.\n\n"
            "The Minister of Trade said that exports were growing.")
    assert_statements(body, [
        ("Ida Morn", "indirect", "The Minister of Trade said that exports were growing."),
    ])


def test_an_office_before_a_parenthesised_doctors_style_is_the_names():
    """"The Hon’ble Foreign Minister (Dr.) Pema Wangdi addressed …": the office is Wangdi's, as before "(ret.)", so "The
    Foreign Minister also shared …" is his (before, the office and the name were two runs, the office no one's)."""
    body = ("The Hon’ble Foreign Minister (Dr.) Pema Wangdi addressed the Meeting of the Special Body on 28 April.\n\n"
            "The session discussed regional cooperation.\n\n"
            "The Foreign Minister also shared lessons learnt as Tarvia prepares to graduate from the LDC category.")
    assert_statements(body, [
        ("Pema Wangdi", "indirect", "The Foreign Minister also shared lessons learnt as Tarvia prepares to graduate "
                                    "from the LDC category."),
    ])


def test_an_uncommaed_address_to_its_listeners_between_subject_and_verb():
    """"The Foreign Minister during his address to the Group stated that …": when and to whom he spoke, with no commas,
    between the subject and the verb, as "during his address" alone was (before, nothing was found)."""
    body = ("The Foreign Minister, Pema Wangdi, attended the meeting of the Group.\n\n"
            "The Foreign Minister during his address to the Group stated that the Government remains committed.")
    assert_statements(body, [
        ("Pema Wangdi", "indirect", "The Foreign Minister during his address to the Group stated that the Government "
                                    "remains committed."),
    ])


def test_a_person_after_to_the_with_no_meeting_noun_is_still_the_subject():
    """Guard: "to the Group" after a noun that names no meeting or address ("The note to the Group stated …") is not
    stepped over: a thing's words, no one's."""
    body = ("The Foreign Minister, Pema Wangdi, attended the meeting of the Group.\n\n"
            "The note to the Group stated that the Government remains committed.")
    assert_statements(body, [])


def test_showed_interest_in_is_an_interest_voiced():
    """"Deputy Minister X showed interest in the various programs …": an interest voiced, as "expressed interest in"
    (before, no cue)."""
    body = ("Secretary General Jose Alvarez received Deputy Minister Marco Vell of Norland.\n\n"
            "During the meeting, Deputy Minister Vell showed interest in the various programs of the Organization.")
    assert_statements(body, [
        ("Marco Vell", "indirect", "During the meeting, Deputy Minister Vell showed interest in the various programs "
                                   "of the Organization."),
    ])


def test_showed_interest_without_in_is_no_cue():
    """Guard: "showed the guests the port" / "showed an interesting film" is no interest voiced."""
    body = ("Secretary General Jose Alvarez received Deputy Minister Marco Vell of Norland.\n\n"
            "Deputy Minister Vell showed the guests an interesting film about the port.")
    assert_statements(body, [])
