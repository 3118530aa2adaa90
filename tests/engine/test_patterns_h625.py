"""Patterns found by helper h625's set fourhundredsixtyfifth (the Government of Barbados's releases, the Government
Information Service and the Ministry of Tourism): one person's "complimented X on …" (praised), "gave the commitment to
…" (promised, as "gave assurances") and "indicated his government's commitment to …" (a stance stated, as "indicated
readiness to") are that person's statements.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_complimented_is_praise():
    """"She complimented Norland on its management of …": praise voiced (before, "complimented" was no speech verb and
    the sentence was no one's)."""
    body = (
        "Minister Paul Wexley received the outgoing High Commissioner of Norland, Helen Cardew, at his Ministry.\n\n"
        "Ms. Cardew complimented Corvana on its implementation of the visa programme and for its management of the "
        "pandemic."
    )
    assert_statements(body, [
        ("Helen Cardew", "indirect", "Ms. Cardew complimented Corvana on its implementation of the visa programme and "
                                     "for its management of the pandemic."),
    ])


def test_gave_the_commitment_to_is_a_promise():
    """"Ambassador X gave the commitment to further dialogue …": a promise, as "gave assurances" (before, "commitment"
    was not among the nouns of "gave")."""
    body = (
        "The Ambassador of Norland, Rosa Ilvane, paid a courtesy call on Minister of Health Tom Lacey.\n\n"
        "Ambassador Ilvane gave the commitment to further dialogue in these areas, as well as assisting the government "
        "in the management of diabetes."
    )
    assert_statements(body, [
        ("Rosa Ilvane", "indirect", "Ambassador Ilvane gave the commitment to further dialogue in these areas, as well "
                                    "as assisting the government in the management of diabetes."),
    ])


def test_indicated_his_governments_commitment_to():
    """"He indicated his government's commitment to continuing cooperation …": a stance stated, as "indicated
    readiness to" (before, "commitment" was not among the stance nouns of "indicated")."""
    body = (
        "Minister Ian Darrow met the Ambassador of Norland, Zhen Kolar, at the Ministry.\n\n"
        "Ambassador Kolar commended the Ministry's efforts to date. He indicated his government's commitment to "
        "continuing cooperation and support for matters of mutual interest."
    )
    assert_statements(body, [
        ("Zhen Kolar", "indirect", "Ambassador Kolar commended the Ministry's efforts to date."),
        ("Zhen Kolar", "indirect", "He indicated his government's commitment to continuing cooperation and support for "
                                   "matters of mutual interest."),
    ])


def test_compliments_noun_and_a_gift_of_commitment_stay_narrative():
    """Guard: "received many compliments" (the noun) and "Minister X gave commitment letters to …" (a thing handed
    over, no promise) are no statements."""
    body = (
        "The delegation of Norland arrived in Corvana on Monday.\n\n"
        "Minister Tom Lacey gave commitment letters to the contractors. Chef Ana Pell received many compliments from "
        "the guests."
    )
    assert_statements(body, [])


def test_these_included_paragraph_lists_the_points_of_the_statement_before():
    """"Minister X highlighted several areas in which …" / a new paragraph "These included: food security, …": the items
    of what he spoke of, his (before, a paragraph opening "These included" after his statement was no one's)."""
    body = (
        "The Ambassador of Norland, Rosa Ilvane, paid a courtesy call on Minister of Agriculture Dwight Sollen.\n\n"
        "During the meeting, Minister Sollen highlighted several areas in which the sector could benefit from "
        "Norland's expertise.\n\n"
        "These included: food security, research, and the provision of training and technical assistance.\n\n"
        "Ambassador Ilvane said her government would work with the Ministry."
    )
    assert_statements(body, [
        ("Dwight Sollen", "indirect", "During the meeting, Minister Sollen highlighted several areas in which the "
                                      "sector could benefit from Norland's expertise."),
        ("Dwight Sollen", "indirect", "These included: food security, research, and the provision of training and "
                                      "technical assistance."),
        ("Rosa Ilvane", "indirect", "Ambassador Ilvane said her government would work with the Ministry."),
    ])


def test_these_included_after_narrative_stays_narrative():
    """Guard: "These include …" opening a paragraph after one that no statement ended (a visit's programme) is no
    one's."""
    body = (
        "Minister Dwight Sollen will visit three farms in the north this week.\n\n"
        "These include the Ravel estate, the Orbe cooperative and the national seed bank."
    )
    assert_statements(body, [])


def test_lead_paragraph_then_this_is_the_view_of():
    """A one-sentence lead paragraph, then a paragraph "This is the view of Attorney General X, who …": the lead is
    his (before, "This is the view of" was not read as "This was stated by" is, and a lead in a paragraph of its own
    was given only to a quotation's speaker)."""
    body = (
        "Cooperation between the Norland Embassy and the island states has made the region safer.\n\n"
        "This is the view of Attorney General Adrian Bellweather, who met the outgoing Ambassador of Norland.\n\n"
        "Mr. Bellweather stated that significant strides were made in a number of areas."
    )
    assert_statements(body, [
        ("Adrian Bellweather", "indirect", "Cooperation between the Norland Embassy and the island states has made the "
                                           "region safer."),
        ("Adrian Bellweather", "indirect", "Mr. Bellweather stated that significant strides were made in a number of "
                                           "areas."),
    ])


def test_lead_paragraph_with_its_own_subjects_stays_narrative():
    """Guard: a lead whose subjects act ("Minister X and Ambassador Y discussed …") stays narrative though a paragraph
    "This was stated by …" follows."""
    body = (
        "Minister Tom Lacey and Ambassador Rosa Ilvane discussed cooperation in health at the Ministry.\n\n"
        "This was stated by Minister Tom Lacey during a press briefing."
    )
    assert_statements(body, [])
