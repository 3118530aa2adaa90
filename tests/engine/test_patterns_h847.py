"""Statements found by helper h847 (sixhundredthirtyfourth, the Government of Saint Lucia's releases):
- "According to the Minister with responsibility for External Affairs, Hon. X, …": "with responsibility for" joins an
  office to its remit as "responsible for" does (`name_offices._office_in_charge_of`), so the name after it is the
  Minister's and "The minister said …" after is hers (before, no one's).
- A title in title case, "Prime Minister Scheduled For State Visit To …": "Scheduled", "Expected", "Slated" (a plan's
  participle) are headline words (`name_runs._HEADLINE_WORDS`), no Prime Minister "Scheduled" who took the body's "the
  Prime Minister explained …" from the Prime Minister the body names.
- "PRESS RELEASE:- Minister X has described her visit … as a success.": the release's tag in capitals before a colon
  and a hyphen is a dateline (`segments._PLACE_DATELINE`), in no statement (before, its first words).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_minister_with_responsibility_for_a_remit_is_an_office():
    assert_statements((
        "(GIS) — The dispute on the border continues to be of concern for the government of Velmora.\n\n"
        "According to the Minister with responsibility for External Affairs, Hon. Dara Kestwick, the government "
        "remains firm in its position that talks should resume.\n\n"
        "The minister said calm should be returned to the border region, and conveyed that the government is also "
        "concerned about the fishing grounds."
    ), [
        ("Dara Kestwick", "indirect", "According to the Minister with responsibility for External Affairs, Hon. Dara "
                                      "Kestwick, the government remains firm in its position that talks should "
                                      "resume."),
        ("Dara Kestwick", "indirect", "The minister said calm should be returned to the border region, and conveyed "
                                      "that the government is also concerned about the fishing grounds."),
    ])


def test_a_ministry_with_responsibility_for_a_remit_names_no_one():
    """Guard: a body "with responsibility for" its remit before a comma and a verb is no office of a person: the
    Minister named after it speaks."""
    assert_statements((
        "The Department with responsibility for Fisheries, working with the coast guard, closed the bay on May 2.\n\n"
        "Minister Tomas Revell said the bay would reopen in June."
    ), [
        ("Tomas Revell", "indirect", "Minister Tomas Revell said the bay would reopen in June."),
    ])


_PLANNED_VISIT = (
    "Press Release:-Prime Minister Honourable Corin Vale is scheduled to visit Ostrand from May 8th to May 11th.\n\n"
    "Ahead of his visit, the Prime Minister explained that he looked forward to the engagement with the President of "
    "Ostrand."
)


def test_a_plans_participle_in_a_title_case_headline_is_no_name():
    assert_statements(_PLANNED_VISIT, [
        ("Corin Vale", "indirect", "Ahead of his visit, the Prime Minister explained that he looked forward to the "
                                   "engagement with the President of Ostrand."),
    ], title="Prime Minister Scheduled For State Visit To Ostrand")


def test_a_name_after_an_office_in_a_title_case_headline_stays_a_name():
    """Guard: a headline with no plan's participle, "Prime Minister Corin Vale To Visit Ostrand", still names the one
    whom the body's "the Prime Minister" means."""
    assert_statements((
        "Press Release:-The Prime Minister is to visit Ostrand from May 8th to May 11th.\n\n"
        "Ahead of his visit, the Prime Minister explained that he looked forward to the engagement with the President "
        "of Ostrand."
    ), [
        ("Corin Vale", "indirect", "Ahead of his visit, the Prime Minister explained that he looked forward to the "
                                   "engagement with the President of Ostrand."),
    ], title="Prime Minister Corin Vale To Visit Ostrand")


def test_a_release_tag_before_a_colon_and_hyphen_is_in_no_statement():
    assert_statements((
        "PRESS RELEASE:- Minister in the Ministry of External Affairs, the Honourable Mara Quillon has described her "
        "visit to Ostrand as a success.\n\n"
        "Minister Quillon returned on Sunday."
    ), [
        ("Mara Quillon", "indirect", "Minister in the Ministry of External Affairs, the Honourable Mara Quillon has "
                                     "described her visit to Ostrand as a success."),
    ])


def test_a_colon_and_hyphen_after_a_capitalised_word_mid_sentence_cuts_nothing():
    """Guard: only capitals that open the paragraph are a tag; a speaker named in capitals after the tag keeps it."""
    assert_statements((
        "Minister Mara Quillon said:- the visit to Ostrand was a success.\n\n"
        "Minister Quillon returned on Sunday."
    ), [
        ("Mara Quillon", "indirect", "Minister Mara Quillon said:- the visit to Ostrand was a success."),
    ])
