"""Statements found by helper h776's set fivehundredeightyfirst (the Ethiopian News Agency's English readouts): the
agency's dateline with a "day/year" date ("Addis Ababa February 6/2022 /ENA/ "), a headline's "Confers" and a bare
"Hold" before "Talks", "wrote on Twitter that …", the surname "Mufti" after a given name, and an office's holder named
in apposition with "today in <place>" after the name instead of a comma.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_dateline_with_a_day_slash_year_date_is_no_part_of_the_statement():
    """"Tarvik March 3/2022 /VNA/Foreign Minister X has discussed with …", "Tarvik (VNA) March 4/2022 …", "Tarvik June
    1/2021 (VNA) …": the agency's dateline is in no sentence (before, it opened the statement)."""
    assert_statements((
        "Tarvik March 3/2022 /VNA/Foreign Minister Ola Brant has discussed with the Sarnian President on "
        "bilateral and regional issues.\n\n"
        "Tarvik (VNA) March 4/2022 Foreign Minister Ola Brant stressed that the border must stay open.\n\n"
        "Tarvik June 1/2021 (VNA) Foreign Minister Ola Brant noted that trade had doubled."
    ), [
        ("Ola Brant", "indirect", "Foreign Minister Ola Brant has discussed with the Sarnian President on bilateral "
                                  "and regional issues."),
        ("Ola Brant", "indirect", "Foreign Minister Ola Brant stressed that the border must stay open."),
        ("Ola Brant", "indirect", "Foreign Minister Ola Brant noted that trade had doubled."),
    ])


def test_a_headline_confers_parts_the_subject_from_the_rest():
    """"Brant Confers with Foreign Ministers on Margins of Summit": no person "Brant Confers" (before, the readout's
    speaker was so named)."""
    result = run(
        "Foreign Minister Ola Brant has conferred with foreign ministers of various countries in Tarvik.\n\n"
        "Furthermore, Brant discussed the trade relations with the respective countries.",
        title="Brant Confers with Foreign Ministers on Margins of Summit")
    assert [(s.speaker, s.text) for s in result.statements if s.speaker] == [
        ("Ola Brant", "Furthermore, Brant discussed the trade relations with the respective countries.")]


def test_a_bare_hold_before_talks_in_a_headline_parts_the_subject():
    """"FM Brant Hold Talks with Sarnian Counterpart": the slip for "Holds", no person "Brant Hold" (before, the
    readout's speaker was so named); "Brant Holds Talks" already parted."""
    result = run(
        "Foreign Minister Ola Brant held talks with the Sarnian Foreign Minister, Ivo Kell, on Thursday.\n\n"
        "Brant briefed his Sarnian counterpart on the situation in the region.",
        title="FM Brant Hold Talks with Sarnian Counterpart")
    assert [(s.speaker, s.text) for s in result.statements if s.speaker] == [
        ("Ola Brant", "Brant briefed his Sarnian counterpart on the situation in the region.")]


def test_wrote_on_twitter_that_reports_the_words_posted():
    """"The prime minister wrote on Twitter that he had a fruitful discussion …": his indirect statement, as "wrote in
    a post that"; "wrote a letter" stays narrative."""
    assert_statements((
        "Prime Minister Ola Brant held talks with Sarnian President Ivo Kell today.\n\n"
        "The prime minister wrote on Twitter that he had a fruitful discussion with President Kell about trade.\n\n"
        "Later, the prime minister wrote a letter to the Council of Elders."
    ), [
        ("Ola Brant", "indirect", "The prime minister wrote on Twitter that he had a fruitful discussion with "
                                  "President Kell about trade."),
    ])


def test_mufti_after_a_given_name_is_a_surname():
    """"Spokesperson Ambassador Orla Mufti told journalists that …": her surname, no mufti's office (before, the
    sentence had no speaker)."""
    assert_statements((
        "President Ola Brant received the credentials of five new ambassadors today.\n\n"
        "Following the ceremony, Foreign Affairs Spokesperson Ambassador Orla Mufti told journalists that the "
        "ambassadors had pledged to deepen cooperation."
    ), [
        ("Orla Mufti", "indirect", "Following the ceremony, Foreign Affairs Spokesperson Ambassador Orla Mufti told "
                                   "journalists that the ambassadors had pledged to deepen cooperation."),
    ])


def test_today_in_a_place_closes_a_name_in_apposition():
    """"met with the new Sarnian Cabinet Secretary for Foreign Affairs, Ivo Kell today in Tarvik.": the office is
    his, so "The Sarnian Cabinet Secretary …, on his part said …" is his (before, no one's), and "…, he added." after
    it too (before, the host's)."""
    assert_statements((
        "Foreign Minister Ola Brant met with the new Sarnian Cabinet Secretary for Foreign Affairs, Ivo Kell today "
        "in Tarvik.\n\n"
        "Brant has also reaffirmed that the government is committed to the peace agreement.\n\n"
        "The Sarnian Cabinet Secretary for Foreign Affairs, on his part said that the friendship of the two peoples "
        "holds a special place.\n\n"
        "The two nations can enhance their trade, he added."
    ), [
        ("Ola Brant", "indirect", "Brant has also reaffirmed that the government is committed to the peace agreement."),
        ("Ivo Kell", "indirect", "The Sarnian Cabinet Secretary for Foreign Affairs, on his part said that the "
                                 "friendship of the two peoples holds a special place."),
        ("Ivo Kell", "indirect", "The two nations can enhance their trade, he added."),
    ])


def test_a_source_named_last_after_an_office_and_a_comma_is_the_speaker():
    """"…, according to Foreign Affairs Spokesperson, Ivo Kell.": the name set off after the office closes the
    sentence; the whole sentence is his (before, no one's: the name had to be followed by a comma)."""
    assert_statements((
        "Foreign Minister Ola Brant met foreign ministers of five countries in Tarvik.\n\n"
        "Both nations are willing to boost their links, according to Foreign Affairs Spokesperson, Ivo Kell."
    ), [
        ("Ivo Kell", "indirect", "Both nations are willing to boost their links, according to Foreign Affairs "
                                 "Spokesperson, Ivo Kell."),
    ])


def test_a_groups_speech_verb_before_a_source_named_last_is_the_sources_statement():
    """"During the discussion, the foreign ministers have also stressed the need to …, according to Ivo Kell.": the
    whole sentence is Kell's (before, only "according to Ivo Kell." was); one person's verb before it keeps the whole
    sentence, the tail included (styles42's decision, test_patterns_h774: "Dr A expressed her happiness over …, according
    to Ministry Spokesperson C." is A's; the merge of the two branches took it)."""
    assert_statements((
        "Foreign Minister Ola Brant met foreign ministers of five countries in Tarvik.\n\n"
        "During the discussion, the foreign ministers have also stressed the need to strengthen joint commissions, "
        "according to Ivo Kell.\n\n"
        "Brant stressed the need for trade, according to Ivo Kell."
    ), [
        ("Ivo Kell", "indirect", "During the discussion, the foreign ministers have also stressed the need to "
                                 "strengthen joint commissions, according to Ivo Kell."),
        ("Ola Brant", "indirect", "Brant stressed the need for trade, according to Ivo Kell."),
    ])


def test_a_relative_clause_left_unclosed_before_the_verb_keeps_the_opener_as_subject():
    """"Foreign Affairs Spokesperson, Ivo Kell, who attended the discussions with the stated foreign ministers said
    Brant briefed …": the ministers are the object of "with", Kell said it (before, a group's, no one's); the clause
    closed by its comma was already his."""
    assert_statements((
        "Foreign Minister Ola Brant has held discussions with foreign ministers of five countries.\n\n"
        "Foreign Affairs Spokesperson, Ivo Kell, who attended the discussions with the stated foreign ministers said "
        "Brant briefed the officials about peace.\n\n"
        "The stated foreign ministers said the talks were useful."
    ), [
        ("Ivo Kell", "indirect", "Foreign Affairs Spokesperson, Ivo Kell, who attended the discussions with the "
                                 "stated foreign ministers said Brant briefed the officials about peace."),
    ])


def test_an_office_before_the_style_ambassador_is_what_the_bare_office_means():
    """"Foreign Affairs Spokesperson Ambassador Ivo Kell told journalists … According to the spokesperson, the president
    pointed out …": the spokesperson is Kell (read "spokesperson ambassador"), so the sentence is his, as "According to
    Kell, …" is (before, "the spokesperson" was no one and the president had the sentence less its source)."""
    assert_statements((
        "President Ola Brant received the credentials of five ambassadors today.\n\n"
        "Following the ceremony, Foreign Affairs Spokesperson Ambassador Ivo Kell told journalists that the "
        "ambassadors have expressed their commitment.\n\n"
        "According to the spokesperson, the president pointed out that the Government will provide support."
    ), [
        ("Ivo Kell", "indirect", "Following the ceremony, Foreign Affairs Spokesperson Ambassador Ivo Kell told "
                                 "journalists that the ambassadors have expressed their commitment."),
        ("Ivo Kell", "indirect", "According to the spokesperson, the president pointed out that the Government will "
                                 "provide support."),
    ])
