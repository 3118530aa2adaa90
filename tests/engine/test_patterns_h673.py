"""Statements found by helper h673's set hard57 (constructions found missed in real pages): abbreviated military ranks
before a name ("Maj. Gen. X", "Brig. Gen. X"), names paired with countries by "respectively", "mission chief X" for an
ambassador, a sentence opening "Adding that “…”, he …".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_major_general_abbreviated_before_a_name():
    """"Maj. Gen. X" and "Brig. Gen. Y": "Maj." and "Brig." are ranks' abbreviations, no sentence's end (before, the
    sentence ended at "Maj.", the Force Commander was never named and her words were nobody's)."""
    assert_statements((
        "The Force Commander of the Tarrow Observer Mission, Maj. Gen. Orlaith Quennemark, received the contingent "
        "commanders at the mission headquarters on 6 June.\n\n"
        "Maj. Gen. Quennemark commended the contingents for their discipline.\n\n"
        "“Quiet months are earned,” the Force Commander said.\n\n"
        "Brig. Gen. Sivert Haldorsen added that the engineers could repair the vehicles."
    ), [
        ("Orlaith Quennemark", "indirect", "Maj. Gen. Quennemark commended the contingents for their discipline."),
        ("Orlaith Quennemark", "direct", "Quiet months are earned,"),
        ("Sivert Haldorsen", "indirect", "Brig. Gen. Sivert Haldorsen added that the engineers could repair the "
                                         "vehicles."),
    ])


def test_names_paired_with_countries_by_respectively():
    """"the new Ostrelian and Quinvaran ambassadors, A and B respectively,": A is of the first country and B of the
    second, each an ambassador, so "The Ostrelian diplomat said …" is A's and "The Quinvaran envoy thanked …" B's
    (before, nobody's, and the quotation the Deputy Minister's)."""
    assert_statements((
        "The Deputy Foreign Minister of Varnmoor, Edric Pollhammer, received on Tuesday the copies of the credentials "
        "of the new Ostrelian and Quinvaran ambassadors, Ilonka Verdaschke and Timofej Aaskelund respectively.\n\n"
        "The Ostrelian diplomat said that her country regarded Varnmoor as its gateway to the south.\n\n"
        "The Quinvaran envoy thanked the Deputy Minister for the warm reception.\n\n"
        "“Our fishermen have shared these waters for centuries,” the Quinvaran diplomat said."
    ), [
        ("Ilonka Verdaschke", "indirect", "The Ostrelian diplomat said that her country regarded Varnmoor as its "
                                          "gateway to the south."),
        ("Timofej Aaskelund", "indirect", "The Quinvaran envoy thanked the Deputy Minister for the warm reception."),
        ("Timofej Aaskelund", "direct", "Our fishermen have shared these waters for centuries,"),
    ])


def test_officers_paired_by_respectively_and_the_countrys_officer():
    """"the Aravish and Tormenish contingent commanders, Brig. Gen. A and Col. B respectively,": "The Aravish
    officer reported …" is A's ("officer", like "official", anyone in office of that country) and "The Tormenish
    commander raised …" B's, not the Force Commander's (before, nobody's and hers)."""
    assert_statements((
        "The Force Commander of the Tarrow Observer Mission, Maj. Gen. Orlaith Quennemark, received the Aravish and "
        "Tormenish contingent commanders, Brig. Gen. Sivert Haldorsen and Col. Amaury Penzeldt-Rusk respectively, "
        "on 6 June.\n\n"
        "The Aravish officer reported that his battalion had completed the handover of the eastern sector.\n\n"
        "The Tormenish commander raised the shortage of spare parts for the ambulances.\n\n"
        "“Quiet months are earned,” the Force Commander said."
    ), [
        ("Sivert Haldorsen", "indirect", "The Aravish officer reported that his battalion had completed the handover "
                                         "of the eastern sector."),
        ("Amaury Penzeldt-Rusk", "indirect", "The Tormenish commander raised the shortage of spare parts for the "
                                             "ambulances."),
        ("Orlaith Quennemark", "direct", "Quiet months are earned,"),
    ])


def test_mission_chief_is_the_ambassador():
    """"Tessaline mission chief X, a 22-year diplomat, …" then "The ambassador announced …" and "The head of mission
    recalled …": a mission's chief or head is its ambassador (before, "mission chief" was read as a bare "chief" and
    "The ambassador" was nobody's)."""
    assert_statements((
        "Velmorian mission chief Aldegund Fesslerby, a 22-year diplomat who arrived in Ostrey in March, opened the "
        "embassy's first consular week on Monday.\n\n"
        "The ambassador announced that citizens could renew their passports at two new mobile offices.\n\n"
        "The head of mission also recalled that the two countries would mark sixty years of relations."
    ), [
        ("Aldegund Fesslerby", "indirect", "The ambassador announced that citizens could renew their passports at two "
                                           "new mobile offices."),
        ("Aldegund Fesslerby", "indirect", "The head of mission also recalled that the two countries would mark sixty "
                                           "years of relations."),
    ])


def test_participle_that_a_quotation_then_a_report_of_its_own():
    """"Adding that “…”, he announced a new service …": the quotation is the speaker's direct statement, and the
    clause after it, whose verb has an object of its own, an indirect one; "Adding that" is no one's (before, "Adding
    that “" was a statement and the announcement no one's, read as a bare "he said")."""
    assert_statements((
        "Prime Minister Evaristo Tulvane-Abara said that remittances had reached a record level last year.\n\n"
        "Adding that “no one should pay a bank to help his mother”, he announced a new transfer service to be "
        "launched in January."
    ), [
        ("Evaristo Tulvane-Abara", "indirect", "Prime Minister Evaristo Tulvane-Abara said that remittances had "
                                               "reached a record level last year."),
        ("Evaristo Tulvane-Abara", "direct", "no one should pay a bank to help his mother"),
        ("Evaristo Tulvane-Abara", "indirect", "he announced a new transfer service to be launched in January."),
    ])


def test_participle_that_a_quotation_then_a_bare_cue_guard():
    """Guard: "Adding that “…”, he said." keeps the quotation the speaker's and makes no report of the bare cue."""
    assert_statements((
        "Prime Minister Evaristo Tulvane-Abara said that remittances had reached a record level last year.\n\n"
        "Adding that “no one should pay a bank to help his mother”, he said."
    ), [
        ("Evaristo Tulvane-Abara", "indirect", "Prime Minister Evaristo Tulvane-Abara said that remittances had "
                                               "reached a record level last year."),
        ("Evaristo Tulvane-Abara", "direct", "no one should pay a bank to help his mother"),
    ])


def test_abbreviated_retired_rank_between_an_office_and_its_holder():
    """"The Minister of Defence of Pravel, Maj Gen (Retd) X, received …" then "The Minister invited the General …":
    the office before the comma is X's, as with "Major General (Retd) X" (before, the abbreviated style before
    "(Retd)" kept the office from him and "The Minister" was nobody's)."""
    assert_statements((
        "The Minister of Defence of Pravel, Maj Gen (Retd) Oswin Kettleborough-Nwosu, received the Commander of the "
        "Land Forces of Ostgard, Lt. Gen. Radovid Dembrowsky-Kale, on 14 May.\n\n"
        "Lt. Gen. Dembrowsky-Kale conveyed the greetings of the Ostgardian Chief of Defence.\n\n"
        "The Minister invited the General to attend the passing-out parade in July."
    ), [
        ("Radovid Dembrowsky-Kale", "indirect", "Lt. Gen. Dembrowsky-Kale conveyed the greetings of the Ostgardian "
                                                "Chief of Defence."),
        ("Oswin Kettleborough-Nwosu", "indirect", "The Minister invited the General to attend the passing-out parade "
                                                  "in July."),
    ])
