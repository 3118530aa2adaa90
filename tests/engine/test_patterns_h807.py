"""Statements found by helper h807's mends of sixhundredfifth (Qatar's foreign ministry, its English releases): the
undotted "HE" before an office ("HE Prime Minister and Minister of Foreign Affairs Sheikh X received …", "HE the
Minister of State … stressed …") is His Excellency, as "H.E." is, not the pronoun; "HE Deputy Prime Minister and
Minister of Foreign Affairs reiterated …", the double title given before with the name, is its one holder; a bare "His
Excellency" is no woman the title made the principal.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_undotted_his_excellency_before_an_office_is_a_style_not_the_pronoun():
    """"HE Prime Minister and Minister of Foreign Affairs Sheikh X received a call … HE the Prime Minister and Minister
    of Foreign Affairs expressed …": the office and the name after "HE" are the host's, and the office with "HE the"
    names him again (before, "HE" read as the pronoun: no one found, the statements missed or the caller's)."""
    assert_statements((
        "HE Prime Minister and Minister of Foreign Affairs Sheikh Karim bin Saleh bin Fahad Al-Marzan received today "
        "a telephone call from Minister of Foreign Affairs of the Republic of Norvane Ilona Brenn.\n\n"
        "HE the Prime Minister and Minister of Foreign Affairs expressed deep concern regarding the violence, "
        "stressing the need for restraint."
    ), [
        ("Karim bin Saleh bin Fahad Al-Marzan", "indirect",
         "HE the Prime Minister and Minister of Foreign Affairs expressed deep concern regarding the violence, "
         "stressing the need for restraint."),
    ])


def test_a_headlines_pronoun_in_capitals_stays_the_pronoun():
    """Guard: "HE MEETS …" in capitals is no style before an office (the words after it are capitals too)."""
    assert_statements((
        "Foreign Minister Talvo Brenn met the Ambassador of Sudria on Monday.\n\n"
        "Talvo Brenn said that HE MINISTER visits would resume in May."
    ), [
        ("Talvo Brenn", "indirect", "Talvo Brenn said that HE MINISTER visits would resume in May."),
    ])


def test_a_double_title_after_his_excellencys_style_is_its_one_holder():
    """"HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh X met … HE Deputy Prime Minister and Minister
    of Foreign Affairs reiterated …": the double title, as written before with the name, with no "the" after the
    style, is its one holder, not two people (before, read as a group: no statement)."""
    assert_statements((
        "HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh Karim bin Saleh Al-Marzan met on Monday with "
        "Dr. Olan Vesk, President of the Coalition of Tervania, who is currently visiting the country.\n\n"
        "During the meeting, they reviewed bilateral relations.\n\n"
        "HE Deputy Prime Minister and Minister of Foreign Affairs reiterated firm support for the talks in Port Ostel."
    ), [
        ("Karim bin Saleh Al-Marzan", "indirect",
         "HE Deputy Prime Minister and Minister of Foreign Affairs reiterated firm support for the talks in Port Ostel."),
    ])


def test_a_double_title_with_no_style_nor_article_stays_two_people():
    """Guard: "President and Vice President reiterated …" with neither style nor "the" may be two people: no one's."""
    assert_statements((
        "President Aldo Merravin and Vice President Sefa Ondrukel received the Ambassador of Sudria on Monday.\n\n"
        "President and Vice President reiterated their support for the fisheries agreement."
    ), [])


def test_his_excellency_is_not_the_woman_the_title_made_principal():
    """Title "Prime Minister … Receives Phone Call from Norvanian Foreign Minister", then "HE Prime Minister … Sheikh X
    received … a call from HE Minister … Ilona Y … His Excellency also stressed …": the bare style's "His" is not the
    woman, though the title's last office made her the principal; the one man named is meant (before, hers)."""
    assert_statements((
        "HE Prime Minister and Minister of Foreign Affairs Sheikh Karim bin Saleh bin Fahad Al-Marzan received on "
        "Sunday a phone call from HE Minister for Europe and Foreign Affairs of the Republic of Norvane Ilona Brenn.\n\n"
        "During the call, they discussed the latest developments in the region.\n\n"
        "HE the Prime Minister and Minister of Foreign Affairs expressed deep concern regarding the escalation, "
        "stressing the need to exercise restraint.\n\n"
        "His Excellency also stressed the need for concerted international efforts to calm the situation."
    ), [
        ("Karim bin Saleh bin Fahad Al-Marzan", "indirect",
         "HE the Prime Minister and Minister of Foreign Affairs expressed deep concern regarding the escalation, "
         "stressing the need to exercise restraint."),
        ("Karim bin Saleh bin Fahad Al-Marzan", "indirect",
         "His Excellency also stressed the need for concerted international efforts to calm the situation."),
    ], title="Prime Minister and Minister of Foreign Affairs Receives Phone Call from Norvanian Foreign Minister")


def test_renewed_a_countrys_condemnation_is_a_statement():
    """"HE the Minister renewed Qatar’s strong condemnation of …": condemned again, as "renewed … support" and
    "reiterated … condemnation" are statements (before, no cue: the sentence missed)."""
    assert_statements((
        "Minister of State for Foreign Affairs Talvo Brenn Asko attended the emergency meeting of the Council in Port "
        "Ostel on Monday.\n\n"
        "The Minister renewed Norland’s strong condemnation of the attack on the port of Velm."
    ), [
        ("Talvo Brenn Asko", "indirect",
         "The Minister renewed Norland’s strong condemnation of the attack on the port of Velm."),
    ])
