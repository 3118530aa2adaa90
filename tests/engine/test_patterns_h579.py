"""Readings of four-hundred-twenty-seventh (Thailand's Ministry of Foreign Affairs, English news items): guidance
given to envoys (thai_mfa_2024-11-01_maris_south_asia_envoys), a double title read back with its article
(thai_mfa_2024-04-22_parnpree_african_ambassadors), a consulate-general that speaks as a mission
(thai_mfa_2022-11-29_kitinai_oic_political_affairs) and appreciation extended
(thai_mfa_2011-12-07_surapong_eritrea_ambassador).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL = "On 4 May 2024, Mr. Oren Balt, Ambassador of Veloria, paid a courtesy call on the Minister.\n\n"


def test_guidance_given_to_envoys_is_their_ministers_words():
    """"The Minister of Foreign Affairs gave policy guidance to the Ambassadors …" (four-hundred-twenty-seventh
    thai_mfa_2024-11-01): guidance voiced, as "gave instructions"."""
    opening = ("On 1 May 2024, H.E. Mrs. Marta Selin, Minister of Foreign Affairs, chaired a meeting of the "
               "Kastravian Ambassadors in the region.\n\n")
    guidance = ("The Minister of Foreign Affairs gave policy guidance to the Ambassadors to enhance cooperation "
                "between Kastravia and the region.")
    assert_statements(opening + guidance + "\n", [("Marta Selin", "indirect", guidance)])


def test_guidance_received_is_no_statement():
    """Guard: guidance received from someone is not the receiver's words."""
    opening = ("On 1 May 2024, H.E. Mrs. Marta Selin, Minister of Foreign Affairs, chaired a meeting of the "
               "Kastravian Ambassadors in the region.\n\n")
    assert_statements(opening + "The Ambassadors received policy guidance from the capital before the meeting.\n", [])


_DOUBLE_TITLE = ("On 22 April 2024, H.E. Mrs. Marta Selin, Deputy Prime Minister and Minister of Foreign Affairs, "
                 "along with H.E. Mr. Ivo Rask, Vice Minister for Foreign Affairs, received the envoys of five "
                 "countries.\n\n")


def test_double_title_with_its_article_is_its_one_holder():
    """"the Deputy Prime Minister and Minister of Foreign Affairs gave an overview of …" (four-hundred-twenty-seventh
    thai_mfa_2024-04-22): the double title of the one person named with it, not a pair."""
    overview = ("On this occasion, the Deputy Prime Minister and Minister of Foreign Affairs gave an overview of "
                "Kastravia's new policy to the region.")
    assert_statements(_DOUBLE_TITLE + overview + "\n", [("Marta Selin", "indirect", overview)])


def test_two_offices_of_two_people_stay_a_pair():
    """Guard: "The President and Vice President expressed …" with a President and a Vice President named: two people
    (no one holds both offices), no one's statement."""
    opening = "On 2 May 2024, President Marta Selin and Vice President Ivo Rask met with the delegation.\n\n"
    assert_statements(opening + "The President and Vice President expressed their support for the plan.\n", [])


def test_two_offices_each_with_its_article_stay_a_pair():
    """Guard: "the Deputy Prime Minister and the Vice Minister …": an article before the second office, two people."""
    pair = "the Deputy Prime Minister and the Vice Minister for Foreign Affairs expressed their support for the plan."
    assert_statements(_DOUBLE_TITLE + "On this occasion, " + pair + "\n", [])


_MISSION = ("On 29 November 2022, Mr. Oren Balt, Consul-General of Veloria, paid an introductory call on "
            "Ambassador Marta Selin, Director-General for Political Affairs of the Organisation.\n\n")
_READINESS = "The Director-General expressed the Organisation's readiness to promote relations with Veloria."


def test_a_consulate_general_acts_as_a_mission():
    """"As a response, the Consulate-General reaffirmed a commitment …" (four-hundred-twenty-seventh
    thai_mfa_2022-11-29): a mission, as "the Embassy", not the Director-General who spoke before."""
    assert_statements(_MISSION + _READINESS + " As a response, the Consulate-General reaffirmed a commitment of "
                      "the Velorian government to strengthen the cooperation.\n", [
                          ("Marta Selin", "indirect", _READINESS)])


def test_a_consul_general_still_speaks():
    """Guard: "the Consul-General reaffirmed …": the office of a person, his statement."""
    reply = "As a response, the Consul-General reaffirmed a commitment of the Velorian government to the cooperation."
    assert_statements(_MISSION + _READINESS + " " + reply + "\n", [
        ("Marta Selin", "indirect", _READINESS), ("Oren Balt", "indirect", reply)])


def test_appreciation_extended_is_expressed():
    """"Foreign Minister X extended his appreciation to the Ambassador for …" (four-hundred-twenty-seventh
    thai_mfa_2011-12-07): appreciation voiced, as "extended his gratitude"."""
    opening = "On 7 December 2011, Mr. Oren Balt, Ambassador of Veloria, paid a courtesy call on Foreign Minister Marta Selin.\n\n"
    thanks = "Foreign Minister Selin extended her appreciation to the Ambassador for his participation in the celebration."
    assert_statements(opening + thanks + "\n", [("Marta Selin", "indirect", thanks)])


def test_a_programme_extended_is_no_statement():
    """Guard: "extended the visa programme …": an act, no words."""
    opening = "On 7 December 2011, Mr. Oren Balt, Ambassador of Veloria, paid a courtesy call on Foreign Minister Marta Selin.\n\n"
    assert_statements(opening + "Foreign Minister Selin extended the visa programme for two more years.\n", [])


_HOSTED = "On 8 May 2025, First Lady Marta Selin hosted the unveiling ceremony at the Residence.\n\n"


def test_the_office_of_a_named_person_speaks_as_an_institution():
    """"The Office of First Lady X extended its sincere appreciation …" (hundred-ninetieth 2025-05-08, read anew once
    "extended … appreciation" is a cue): the office that serves her, not the First Lady."""
    assert_statements(_HOSTED + "The Office of First Lady Marta Selin extended its sincere appreciation to all "
                      "participants for their work.\n", [])


def test_the_person_the_office_serves_still_speaks():
    """Guard: "First Lady X extended her sincere appreciation …": her own words."""
    thanks = "First Lady Marta Selin extended her sincere appreciation to all participants for their work."
    assert_statements(_HOSTED + thanks + "\n", [("Marta Selin", "indirect", thanks)])
