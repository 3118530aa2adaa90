"""Statements found by helper h785's set fivehundredeightyninth (the Parliament of Kazakhstan's chambers' releases as
Kazinform and Kazakhstan Today print them):
- "X continued by speaking in favor of …" is X's statement, as "spoke in favour of" (lexicon, "continued by …");
- "A and B, the Speaker of …, discussed …": the two together, not B alone (the office set off after B is B's);
- "… the doctrine of President X announced at the congress …": a past participle on the noun before "of X", no
  statement of X's that cuts the sentence it stands in;
- a house of parliament's chair is its speaker ("the Chair of the Kazakh Majilis, X, … the Speaker of the Majilis
  highlighted …"; "Chairman of the Senate X … The Speaker highly appreciated …"), "Majilis"/"Mazhilis" a house's name.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_continued_by_speaking_in_favor_of_is_a_statement():
    """Before, "continued by speaking in favor of" was no speech verb: nothing."""
    assert_statements((
        "Speaker Orlan Bekmurat met with Deputy Chairman Tolgan Esen of the Vesland Assembly.\n\n"
        "Orlan Bekmurat continued by speaking in favor of more dynamic joint work of the committees."
    ), [
        ("Orlan Bekmurat", "indirect",
         "Orlan Bekmurat continued by speaking in favor of more dynamic joint work of the committees."),
    ])


def test_continued_by_speaking_with_someone_stays_narrative():
    """Guard: "continued by speaking with X" is a conversation, no statement."""
    assert_statements((
        "Speaker Orlan Bekmurat continued by speaking with Deputy Chairman Tolgan Esen of the Vesland Assembly."
    ), [])


def test_two_names_joined_by_and_with_an_office_after_the_second_are_a_group():
    """Before, "A and B, the Speaker of …, discussed …" was B's alone."""
    assert_statements((
        "Orlan Bekmurat has held several bilateral meetings in Marlow.\n\n"
        "Orlan Bekmurat and Ismail Kamaran, the Speaker of the Grand Assembly of Vesland, discussed the issues on "
        "strengthening the inter-parliamentary cooperation."
    ), [])


def test_one_name_with_an_office_set_off_still_speaks():
    """Guard: "B, the Speaker of …, stressed …" with no "and" before B stays B's."""
    assert_statements((
        "Ismail Kamaran, the Speaker of the Grand Assembly of Vesland, stressed the importance of the cooperation."
    ), [
        ("Ismail Kamaran", "indirect",
         "Ismail Kamaran, the Speaker of the Grand Assembly of Vesland, stressed the importance of the cooperation."),
    ])


def test_a_participle_after_of_a_name_does_not_cut_the_sentence():
    """Before, "… the doctrine of President X announced at the congress …" was X's statement, the sentence cut
    before it and the next sentences and "According to him" handed to X."""
    assert_statements((
        "Chairman of the Senate Orlan Tokbay received a delegation led by Konstantin Kosar.\n\n"
        "He also told about the Senate role in the political system and the work aimed at realization of the "
        "doctrine of President Nurlan Bazar announced at the congress of the party.\n\n"
        "According to him, the delegation's visit is important for cooperation."
    ), [
        ("Orlan Tokbay", "indirect",
         "He also told about the Senate role in the political system and the work aimed at realization of the "
         "doctrine of President Nurlan Bazar announced at the congress of the party."),
        ("Orlan Tokbay", "indirect", "According to him, the delegation's visit is important for cooperation."),
    ])


def test_a_name_after_of_that_announces_a_thing_still_speaks_when_it_opens_the_clause():
    """Guard: "President of Vesland X announced at the summit that …" (the office's "of" before the country, the name
    opening the sentence) stays X's."""
    assert_statements((
        "President of Vesland Nurlan Bazar announced at the summit that the talks would resume."
    ), [
        ("Nurlan Bazar", "indirect",
         "President of Vesland Nurlan Bazar announced at the summit that the talks would resume."),
    ])


def test_the_speaker_of_a_house_is_its_named_chair():
    """Before, "the Speaker of the Majilis" was no one (the house unknown, speaker and chair two offices)."""
    assert_statements((
        "ASTANA. Today the Chair of the Kazakh Majilis, Orlan Bekmurat, has received the Secretary-General of the "
        "Assembly, Tolgan Esen.\n\n"
        "Congratulating Tolgan Esen on his election, the Speaker of the Majilis highlighted that the parliamentarians "
        "place a high priority on the cooperation.\n\n"
        "The Chair of the Majilis also expressed confidence that the collaboration will continue."
    ), [
        ("Orlan Bekmurat", "indirect",
         "Congratulating Tolgan Esen on his election, the Speaker of the Majilis highlighted that the parliamentarians "
         "place a high priority on the cooperation."),
        ("Orlan Bekmurat", "indirect",
         "The Chair of the Majilis also expressed confidence that the collaboration will continue."),
    ])


def test_the_bare_speaker_is_the_chairman_of_a_senate():
    """Before, "The Speaker highly appreciated …" after "Chairman of the Senate of the Vesland Parliament X" was no
    one's."""
    assert_statements((
        "Chairman of the Senate of the Vesland Parliament Orlan Tokbay received a delegation led by Konstantin Kosar.\n\n"
        "The Speaker highly appreciated efficient cooperation of the legislative bodies of both countries."
    ), [
        ("Orlan Tokbay", "indirect",
         "The Speaker highly appreciated efficient cooperation of the legislative bodies of both countries."),
    ])


def test_a_committees_chairman_is_no_speaker():
    """Guard: the chairman of a Senate committee is not "the Speaker" (no house's chair)."""
    from readout_tui.engine.people import roles_compatible
    assert roles_compatible("speaker", "chairman of senate of parliament")
    assert not roles_compatible("speaker", "chairman of senate committee on finance")
    assert not roles_compatible("chairperson of national assembly", "speaker")
