"""Statements found by helper h821's mends on the sixhundredsixteenth set (Guatemala's government as its news agency
prints it in English): a host who "welcomed a delegation of … at the <Place>" receives guests, no words; "took the
official photo, expressing …" reads no office before the participle; "X said on his social networks, “…”" leads the
quotation in as "said, “…”" does (a short place of posting between the verb and the comma); a ministry's lead-in
("The Kastravian Ministry of Foreign Affairs stated, “…”") gives the quotation to no one; an office set off by its rank
("the highest executive authority of the Union") is an aside before the verb.

Each test is a small invented readout (invented people and places); each fails without its rule, and the guards keep
what the rules must not touch.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_welcomed_a_delegation_at_a_place_is_a_reception():
    """"President X welcomed a delegation of high-level U.S. Government officials at the Presidential Office.": a host's
    act (before, his indirect statement)."""
    assert_statements((
        "President meets a delegation\n\n"
        "Varnston City, by Ada Brisk -VNA- President Oren Valdek welcomed a delegation of high-level U.S. Government "
        "officials at the Presidential Office.\n\n"
        "President Oren Valdek reaffirmed the Government’s commitment to the principle of alternation of power."
    ), [
        ("Oren Valdek", "indirect",
         "President Oren Valdek reaffirmed the Government’s commitment to the principle of alternation of power."),
    ])


def test_welcomed_a_delegations_proposal_at_a_place_stays_a_statement():
    """Guard: "welcomed the delegation's proposal at the Council" welcomes a thing in words."""
    assert_statements((
        "Minister at the Council\n\n"
        "Minister Ilse Marrow welcomed the delegation's proposal at the Council."
    ), [
        ("Ilse Marrow", "indirect", "Minister Ilse Marrow welcomed the delegation's proposal at the Council."),
    ])


def test_the_official_photo_before_a_participle_is_no_office():
    """"…, both leaders greeted each other and took the official photo, expressing their desire …": a pair's, no one's
    (before, "the official" read as an office set off before the participle, given to the host)."""
    assert_statements((
        "The presidents meet\n\n"
        "President Oren Valdek received the corresponding honors from his Kastravian counterpart, Ilse Marrow.\n\n"
        "Upon arrival at the Kastravian government house, both leaders greeted each other and took the official "
        "photo, expressing their desire to continue collaborating as nations."
    ), [])


def test_said_on_social_networks_then_a_comma_leads_a_quotation_in():
    """"The Kastravian president said on his social networks, “…”": the quoted words, direct (before, the whole
    sentence, indirect)."""
    assert_statements((
        "The presidents meet\n\n"
        "President Oren Valdek met the President of Kastravia, Ilse Marrow, in Tarn.\n\n"
        "Marrow said on her social networks, “Dear Oren, you can count on Kastravia’s unconditional support.” She "
        "also stated that they will work for closer relations between their countries."
    ), [
        ("Ilse Marrow", "direct", "Dear Oren, you can count on Kastravia’s unconditional support."),
        ("Ilse Marrow", "indirect", "She also stated that they will work for closer relations between their countries."),
    ])


def test_noted_in_a_message_that_before_a_quotation_stays_a_report():
    """Guard: "X noted in his message that, “…”" quotes words inside his report: the sentence whole, indirect."""
    assert_statements((
        "Message to the President\n\n"
        "Oren Valdek noted in his message that, “despite the remaining difficulties, the situation in the region has "
        "undergone a turnaround.”"
    ), [
        ("Oren Valdek", "indirect", "Oren Valdek noted in his message that, “despite the remaining difficulties, the "
                                    "situation in the region has undergone a turnaround.”"),
    ])


def test_a_ministrys_lead_in_gives_its_quotation_to_no_one():
    """"The Kastravian Ministry of Foreign Affairs stated on social media, “…”": the ministry's words (before, the
    President's, the person last named)."""
    assert_statements((
        "The President at a dinner\n\n"
        "President Oren Valdek attended an honorary dinner hosted by Kastravia.\n\n"
        "The Kastravian Ministry of Foreign Affairs stated on social media, “Talks focused on prosperous and mutually "
        "beneficial bilateral cooperation.”\n\n"
        "Likewise, President Valdek remarked on the importance of education for national development."
    ), [
        ("Oren Valdek", "indirect",
         "Likewise, President Valdek remarked on the importance of education for national development."),
    ])


def test_an_office_set_off_by_its_rank_is_an_aside():
    """"The President of the Union Council, the highest executive authority of the Union, also expressed …": the
    President's (before, missed: the rank's words read as the subject)."""
    assert_statements((
        "The President meets the Council's head\n\n"
        "President Oren Valdek met the President of the Union Council, Ilse Marrow.\n\n"
        "The President of the Union Council, the highest executive authority of the Union, also expressed her interest "
        "in working with Varnland in a multilateral area."
    ), [
        ("Ilse Marrow", "indirect", "The President of the Union Council, the highest executive authority of the Union, "
                                    "also expressed her interest in working with Varnland in a multilateral area."),
    ])
