"""Statements found by helper h706 (fivehundredtwentyeighth: LANA, the Libyan News Agency's English service, stop 48):
general patterns the engine got wrong in the set while still unseen.

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_agent_of_a_subject_s_relative_set_off_by_commas_is_no_subject():
    """"The meeting, which was attended by the secretary of the Council, X, discussed …": the relative is the
    meeting's, closed by the comma after the agent's name; the verb is the meeting's, no one's words (before, the
    name set off by commas was read as the subject)."""
    assert_statements((
        "Velmar, 4 May 2025 (VNA) - The President of the High Council, Ardo Pellin, met today the head of the new "
        "Assembly, Teodor Varsk.\n\n"
        "The meeting, which was attended by the secretary of the High Council, Ivo Marran, discussed the latest "
        "developments in the political arena.\n\n"
        "During the meeting, Pellin stressed the need to hold the elections on time."
    ), [
        ("Ardo Pellin", "indirect", "During the meeting, Pellin stressed the need to hold the elections on time."),
    ])


def test_a_subject_with_its_aside_set_off_by_commas_still_speaks():
    """Guard: "The Minister, X, who was accompanied by the head of the agency, Y, discussed …": a "who" aside of the
    person who opens the sentence; the verb is his."""
    assert_statements((
        "The Minister of Trade, Ida Morn, who was accompanied by the head of the customs agency, "
        "Ivo Marran, discussed the new tariffs with the traders of the port."
    ), [
        ("Ida Morn", "indirect", "The Minister of Trade, Ida Morn, who was accompanied by the head of the customs "
                                 "agency, Ivo Marran, discussed the new tariffs with the traders of the port."),
    ])


def test_an_ambassador_and_special_envoy_is_one_person():
    """"the Norland Ambassador and Special Envoy to Velmar X": one person holding both offices (as "the Tánaiste and
    Minister for Foreign Affairs X"), the subject of his own verb even with a comma before it, and the one whom "The
    Norland Ambassador" means after (before, the run read as two people, the bare ambassador and the special envoy)."""
    assert_statements((
        "Velmar, 26 July 2025 (VNA) - The trade minister met the Norland Ambassador and Special Envoy to Velmar Edwin "
        "Carrow at the ministry.\n\n"
        "The Norland Ambassador underscored importance of preparing for the elections on their set time.\n\n"
        "The Norland Ambassador and Special Envoy to Velmar Edwin Carrow, said in remarks posted on Monday evening, "
        "that meaningful consultations were held in Ostrava."
    ), [
        ("Edwin Carrow", "indirect", "The Norland Ambassador underscored importance of preparing for the elections on "
                                     "their set time."),
        ("Edwin Carrow", "indirect", "The Norland Ambassador and Special Envoy to Velmar Edwin Carrow, said in remarks "
                                     "posted on Monday evening, that meaningful consultations were held in Ostrava."),
    ])


def test_the_president_and_a_special_envoy_are_two():
    """Guard: "the President and Special Envoy X": the President is no ambassador; two people, the pair's words no
    one's."""
    assert_statements((
        "Velmar, 26 July 2025 - The President and Special Envoy Ida Morn said that the talks would resume in June."
    ), [])


def test_a_countrys_possessive_ambassador_to_a_place_before_the_name():
    """"the United Kingdom's ambassador to Velmar, X": a country's possessive of two words, an office in lower case and
    the country it is held in, before the name and its comma: his office, whom "the British ambassador" means after
    (before, the place after "to" left the office unread, and the description named no one)."""
    assert_statements((
        "Velmar, 10 December 2025 (VNA) - The President of the Council, Ardo Pellin, met today in Velmar the United "
        "Kingdom's ambassador to Velmar, Edwin Carrow.\n\n"
        "During the meeting, the British ambassador expressed his country's support for the peace process."
    ), [
        ("Edwin Carrow", "indirect", "During the meeting, the British ambassador expressed his country's support for "
                                     "the peace process."),
    ])


def test_the_head_of_an_embassy_is_the_ambassador_of_that_name():
    """"Britain's ambassador to Velmar, Helen X, … X, the first woman to head the British embassy in Velgrad, said …":
    the surname named as the embassy's head is the ambassador of that name, not a second person (now that the office
    before the name is read, its "ambassador" met the appositive's "head" and split the two)."""
    assert_statements((
        "Velgrad, 2 June 2025 - The minister thanked the British government for its support when he met Britain's "
        "ambassador to Velmar, Helen Tarrow, on Thursday, his office said.\n\n"
        "Tarrow, the first woman to head the British embassy in Velgrad, said meetings of this kind gave a clear "
        "picture of the reconstruction."
    ), [
        ("Helen Tarrow", "indirect", "Tarrow, the first woman to head the British embassy in Velgrad, said meetings of "
                                     "this kind gave a clear picture of the reconstruction."),
    ])
