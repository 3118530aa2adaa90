"""Statements found by helper h851's mends of styles45 (energy, mining and oil ministries' and national energy
companies' international meetings in English): "spoke that" is "said that" (an agency's English, "The Minister also
spoke that works of … are in action"); "indicated clearly, <side>'s gratitude to …" (a manner adverb and a stray comma
before the side's thanks) is a statement as "expressed gratitude to" is; a secretariat's dateline in mixed case with a
whole date and a double hyphen ("Halvenburg, 12 March 2026--FCEC Secretary General, HE X, …") is no one's words, so the
office after it is the enclosed name's and "The SG" later is he; so too after an undotted "HE" before a hyphenated
surname; "Petroleum", "Hydrocarbons", "Mines", "Mining" and "Minerals" are portfolios, as "Energy" is, so "the Minister
of Petroleum and Energy of the Kingdom of Nordheia, Mr. X" is Nordheia's and "the Nordheian minister" is he; an
un-commaed "in his attempt to woo …" between a subject and "also said" is skipped as "on behalf of …" is; an undotted
"HE" before "Dr." is His Excellency before a doctor's style, as before "Amb.".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_spoke_that_reports_what_was_said():
    """"The Minister also spoke that …": "spoke that" as "said that" (an agency's English); before, "spoke" needed
    "about" or "of" after it and the sentence was no one's."""
    assert_statements((
        "Minister of Mining Ts.Baldantsog met the delegation led by Mr. Orrin Faldsworth.\n\n"
        "The Minister also spoke that works of bringing the copper projects into circulation are in action."
    ), [
        ("Ts. Baldantsog", "indirect",
         "The Minister also spoke that works of bringing the copper projects into circulation are in action."),
    ])


def test_spoke_that_evening_is_still_no_statement():
    """Guard: "spoke that evening at a dinner": "that" a time's, no report of what was said."""
    assert_statements((
        "Minister of Mining Ts.Baldantsog met the delegation led by Mr. Orrin Faldsworth.\n\n"
        "Mr. Faldsworth spoke that evening at a dinner given by the chamber of commerce."
    ), [])


def test_indicated_clearly_with_a_comma_before_a_sides_gratitude():
    """"Dr. X indicated clearly, Velmar's gratitude to Oskeny for …": a manner adverb and a stray comma after
    "indicated", then the side's thanks stated; before, the sentence was no one's."""
    assert_statements((
        "The Ambassador of Oskeny, Mr. Pavel Drunoch, paid a courtesy call on the Minister of Energy, Dr. Yaw Mensakor.\n\n"
        "Dr. Mensakor indicated clearly, Velmar's gratitude to Oskeny for the financing of the northern transmission line."
    ), [
        ("Yaw Mensakor", "indirect",
         "Dr. Mensakor indicated clearly, Velmar's gratitude to Oskeny for the financing of the northern transmission line."),
    ])


def test_indicated_clearly_a_place_is_still_no_statement():
    """Guard: "indicated clearly, on the map, the route …": a thing shown, no stance nor thanks stated."""
    assert_statements((
        "The Ambassador of Oskeny, Mr. Pavel Drunoch, paid a courtesy call on the Minister of Energy, Dr. Yaw Mensakor.\n\n"
        "Dr. Mensakor indicated clearly, on the map, the route of the northern transmission line."
    ), [])


def test_a_dateline_with_a_double_hyphen_leaves_the_office_to_the_name_after_it():
    """"Drosvik, 14 May 2026--ROPC Secretary General, HE X, and HE Y, … held a videoconference …": the dateline is
    no one's words, so "ROPC Secretary General" opens the sentence and is X's office, which "The SG" later means;
    before, "The SG" was no one the readout named."""
    assert_statements((
        "Drosvik, 14 May 2026--ROPC Secretary General, HE Idris Saqr Malouf, and HE Bruno Ostevik, the Minister "
        "of Hydrocarbons of Venkara, held a videoconference meeting today.\n\n"
        "The SG briefed the Minister on the production adjustments."
    ), [
        ("Idris Saqr Malouf", "indirect", "The SG briefed the Minister on the production adjustments."),
    ])


def test_a_dateline_with_a_spaced_dash_is_no_part_of_the_first_statement():
    """"Drosvik, May 14, 2026 – Secretary General X said …": the statement opens with its speaker, the dateline cut
    off."""
    assert_statements((
        "Drosvik, May 14, 2026 – Secretary General Idris Saqr Malouf said the market was balanced."
    ), [
        ("Idris Saqr Malouf", "indirect", "Secretary General Idris Saqr Malouf said the market was balanced."),
    ])


def test_a_place_and_a_day_with_no_year_before_a_dash_is_no_dateline():
    """Guard: "Drosvik, 14 May -- Secretary General X said …": no whole date, so nothing is cut: the statement keeps
    the words before the dash, as before."""
    assert_statements((
        "Drosvik, 14 May -- Secretary General Idris Saqr Malouf said the market was balanced."
    ), [
        ("Idris Saqr Malouf", "indirect", "Drosvik, 14 May -- Secretary General Idris Saqr Malouf said the market was balanced."),
    ])


def test_a_petroleum_minister_of_a_kingdom_is_the_one_its_demonym_means():
    """"the Minister of Petroleum and Energy of the Kingdom of Haldmark, Mr. X … the Haldmarker minister expressed …":
    "Petroleum" a portfolio, so the office is Haldmark's; before, "Petroleum" was read as the office's country and the
    Haldmarker minister was the host, the Minister of Energy."""
    assert_statements((
        "Prince Faris bin Adel Al-Sumaydi, Minister of Energy, received in his office today the Minister of Petroleum "
        "and Energy of the Kingdom of Haldmark, Mr. Oskar Lindqvist-Haug, and his accompanying delegation.\n\n"
        "For his part, the Haldmarker minister expressed his appreciation for the warm reception."
    ), [
        ("Oskar Lindqvist-Haug", "indirect",
         "For his part, the Haldmarker minister expressed his appreciation for the warm reception."),
    ])


def test_a_mines_minister_stays_the_host_when_the_guest_is_a_foreign_minister():
    """Guard: "the Minister of Mines, Mr. X, received the Foreign Minister of Haldmark, Ms. Y … The Minister of Mines
    said …": the portfolio read as a portfolio still leaves each office to its holder."""
    assert_statements((
        "The Minister of Mines, Mr. Faris Al-Sumaydi, received the Foreign Minister of Haldmark, Ms. Ingrid Haugvoll.\n\n"
        "The Minister of Mines said the new cadastre would open in May.\n\n"
        "The Haldmarker minister said her country would send geologists."
    ), [
        ("Faris Al-Sumaydi", "indirect", "The Minister of Mines said the new cadastre would open in May."),
        ("Ingrid Haugvoll", "indirect", "The Haldmarker minister said her country would send geologists."),
    ])


def test_an_uncommaed_attempt_between_the_subject_and_the_speech_verb():
    """"Dr. X in his attempt to woo Oskenian investors also said …": the aim the subject spoke for, with no commas,
    between the subject and "also said"; before, the sentence was no one's."""
    assert_statements((
        "The Ambassador of Oskeny, Mr. Pavel Drunoch, paid a courtesy call on the Minister of Energy, Dr. Yaw Mensakor.\n\n"
        "Dr. Mensakor in his attempt to woo Oskenian investors also said the country's stable politics make it a haven."
    ), [
        ("Yaw Mensakor", "indirect",
         "Dr. Mensakor in his attempt to woo Oskenian investors also said the country's stable politics make it a haven."),
    ])


def test_an_attempt_after_an_object_and_a_second_verb_stays_the_subjects():
    """Guard: "Ms. X met investors in her attempt to raise funds and said …": "and" ends the aim, the second verb is
    the subject's, as before (the aim is not skipped to leave "investors" the subject)."""
    assert_statements((
        "The Minister of Energy, Ms. Ama Kessaway, received the Ambassador of Oskeny.\n\n"
        "Ms. Kessaway met investors in her attempt to raise funds and said the country is stable."
    ), [
        ("Ama Kessaway", "indirect",
         "Ms. Kessaway met investors in her attempt to raise funds and said the country is stable."),
    ])


def test_an_undotted_his_excellency_before_a_hyphenated_surname():
    """"The Secretary General of the Forum, HE Idris Malouf-Tessier, … The SG briefed …": the surname's parts each
    written as a name's, so "HE" is His Excellency before the name (as before "HE Idris Tessier"); before, the name
    was not read and "The SG" was no one the readout named."""
    assert_statements((
        "The Secretary General of the Forum, HE Idris Malouf-Tessier, and HE Bruno Ostevik, the Minister of "
        "Hydrocarbons, held a videoconference meeting today.\n\n"
        "The SG briefed the Minister on the production adjustments."
    ), [
        ("Idris Malouf-Tessier", "indirect", "The SG briefed the Minister on the production adjustments."),
    ])


def test_a_pronoun_in_capitals_before_a_hyphenated_word_is_still_no_name():
    """Guard: "THE MINISTER SAID HE WAS-READY TO ACT.": "HE" a headline's pronoun, "WAS-READY" no name's word."""
    assert_statements((
        "The Secretary General of the Forum, HE Idris Malouf-Tessier, and HE Bruno Ostevik held a meeting.\n\n"
        "THE MINISTER SAID HE WAS-READY TO ACT."
    ), [])


def test_an_undotted_his_excellency_before_a_doctors_style_keeps_the_whole_name():
    """"met with HE Dr. Yusri Al-Qaddami, Minister of Energy …, … Minister Al-Qaddami praised …": "HE" His Excellency
    before a doctor's style, as before "Amb." or "Eng.", so the name is the whole one; before, the speaker was the
    surname alone."""
    assert_statements((
        "The Secretary General of the Council, HE Ruslan Tekebayev, met with HE Dr. Yusri Al-Qaddami, Minister of Energy "
        "of Qaswara, on Saturday.\n\n"
        "Minister Al-Qaddami praised the Council's work."
    ), [
        ("Yusri Al-Qaddami", "indirect", "Minister Al-Qaddami praised the Council's work."),
    ])


def test_a_pronoun_in_capitals_before_a_doctors_style_in_a_headline_is_no_style():
    """Guard: "HE" stays a pronoun where the doctor's style is not followed by a name's words ("THE MINISTER SAID HE DR.
    NOTHING", a headline in capitals): no speaker made of it."""
    assert_statements((
        "The Secretary General of the Council, HE Ruslan Tekebayev, met the press.\n\n"
        "THE MINISTER SAID HE DR. NOTHING."
    ), [])
