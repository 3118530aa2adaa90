"""Readings the known errors of the labelled sets (stop 52) showed the engine missing: a closing "said X." with its
comma left out.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TALKS_OPENING = "Trade talks will open in Varnow on Monday, confirmed Minister of State Oren Balt.\n\n"
OPENING_STATEMENT = ("Oren Balt", "indirect", "Trade talks will open in Varnow on Monday, confirmed Minister of State Oren Balt.")


def test_a_closing_said_and_a_name_with_no_comma_is_the_names():
    """"… not by the Pacific Island Forum said Aitaro." (sixhundredseventeenth islandtimes 2022-02): the comma before
    an inverted "said X" left out; the sentence is X's, as "…, said X." is."""
    reported = "The talks are being organized by the Velorian government and not by the regional council said Balt."
    assert_statements(TALKS_OPENING + reported + "\n", [OPENING_STATEMENT, ("Oren Balt", "indirect", reported)])


def test_a_closing_said_and_a_day_with_no_comma_is_no_one_s():
    """Guard: "… the council said Monday.": a day after "said", no person, the council's report (no one's here)."""
    narrative = "The talks will be organized by the regional council said Monday."
    assert_statements(TALKS_OPENING + narrative + "\n", [OPENING_STATEMENT])


RELEASE_TITLE = "PRESS RELEASE BY THE MINISTRY “We will keep working with Tarvik” – Minister Marta Selin"


def test_a_quotation_then_x_claimed_this_after_a_meeting_is_xs():
    """"“…" Minister … Ian Borg claimed this after an official meeting he had with …" (sixhundrednineteenth gov_mt
    2022-11-24): the quotation is the one who "claimed this", as with "said this"."""
    quoted = "This meeting shows the willingness of both sides to keep working together."
    body = (f"“{quoted}\" Minister for Foreign Affairs Marta Selin claimed this after an official meeting she had with "
            "Oren Balt.\n\nMinister Marta Selin said that the top of the agenda was trade.\n")
    assert_statements(body, [("Marta Selin", "direct", quoted),
                             ("Marta Selin", "indirect", "Minister Marta Selin said that the top of the agenda was trade.")],
                      title=RELEASE_TITLE)


def test_with_a_speaker_saying_before_a_quoted_paragraph_only_leads_it_in():
    """"Prime Minister X and his Cabinet met in Gozo on Tuesday with the Prime Minister saying:" / "“…”"
    (sixhundrednineteenth livenewsmalta 2020-09-16): "with the Prime Minister saying" leads the quotation in, no
    statement of its own; the quotation is hers."""
    quoted = "This is a Government that will stay close to the people."
    body = ("Prime Minister Marta Selin and her Cabinet met in Varnow on Tuesday with the Prime Minister saying:\n\n"
            f"“{quoted}”\n")
    assert_statements(body, [("Marta Selin", "direct", quoted)])


def test_with_a_speaker_saying_that_is_the_speakers():
    """Guard: "…, with the Prime Minister saying that …": words of her own after the participle, her statement."""
    reported = "the Prime Minister saying that the Government will stay close to the people."
    body = f"Prime Minister Marta Selin and her Cabinet met in Varnow on Tuesday, with {reported}\n"
    assert_statements(body, [("Marta Selin", "indirect", reported)])


def test_a_named_body_holding_a_discussion_after_a_carried_report_is_no_ones():
    """"The Foreign Affairs Council also held a discussion on Russia and Hong Kong." (sixhundrednineteenth gov_mt
    2021-02-23), a paragraph after one whose report was carried on: the meeting's next topic, no one's words."""
    welcomed = "Minister Selin also welcomed the recent summit on the coast."
    carried = "The situation in this region requires further coordination."
    body = ("Foreign Minister Marta Selin participated in the ministers' meeting in Varnow.\n\n"
            f"{welcomed} {carried}\n\nThe Trade Council also held talks on Ostreland and Varnow.\n")
    assert_statements(body, [("Marta Selin", "indirect", welcomed), ("Marta Selin", "indirect", carried)])
