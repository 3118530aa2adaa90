"""Readings of real Irish Government text of stop 32: the Taoiseach and the Tánaiste, offices an Irish readout may
name alone ("The Taoiseach made the point that …", "The Tánaiste noted that …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Taoiseach speaks with Prime Minister Dran"


def test_an_unnamed_taoiseach_is_one_person():
    """"The Taoiseach made the point that there could be no return to direct rule …" (two-hundred-seventy-sixth
    ireland_taoiseach_2017_may_call): the Department of the Taoiseach's readout never names him; "the Taoiseach" is
    one person, as an unnamed "the Prime Minister" is."""
    body = (
        "The Taoiseach and the Velbian Prime Minister have spoken by phone in relation to the situation in Tarvik.\n\n"
        "They agreed that the gap between the two parties is narrow.\n\n"
        "The Taoiseach made the point that there could be no return to direct rule.\n\n"
        "The Prime Minister made clear that she did not want to see a return to direct rule."
    )
    assert_statements(body, [
        ("The Taoiseach", "indirect", "The Taoiseach made the point that there could be no return to direct rule."),
        ("The Prime Minister", "indirect",
         "The Prime Minister made clear that she did not want to see a return to direct rule."),
    ], title=TITLE)


def test_the_tanaiste_is_an_office():
    """"The Tánaiste noted that recent parades-related violence in North Belfast underlined the need …"
    (two-hundred-seventy-sixth ireland_dfa_2012-09_villiers): "Tánaiste", Ireland's deputy head of government, is an
    office as "Taoiseach" is; "the Tánaiste" is the one titled so."""
    body = (
        "Tánaiste Mara Quell and the Velbian Secretary of State Ivo Dran met in Tarvik today.\n\n"
        "The Tánaiste noted that recent violence underlined the need for the two governments to support efforts."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect",
         "The Tánaiste noted that recent violence underlined the need for the two governments to support efforts."),
    ], title="Tánaiste meets new Secretary of State")


def test_the_tanaiste_and_a_counterpart_together_stay_no_ones():
    """Guard: "The Tánaiste and the Secretary of State affirmed their commitment …": a pair's words, no one's."""
    body = (
        "Tánaiste Mara Quell and the Velbian Secretary of State Ivo Dran met in Tarvik today.\n\n"
        "The Tánaiste and the Secretary of State affirmed their commitment to work closely together."
    )
    assert_statements(body, [], title="Tánaiste meets new Secretary of State")


def test_a_when_phrase_with_no_comma_before_a_lead_in_says_nothing():
    """"Ahead of the meeting Minister Coveney stated:" (two-hundred-seventy-sixth ireland_dfa_2017-09-07_tallinn):
    when he spoke, fronted with no comma, as "Speaking to media ahead of the meeting the Foreign Secretary said:";
    the lead-in is no statement, the quotation after it is his."""
    body = (
        "Minister for Foreign Affairs Ivo Dran will attend a meeting of foreign ministers in Tarvik.\n\n"
        "Ahead of the meeting Minister Dran stated:\n\n"
        "“This meeting is an important opportunity.\n\n"
        "We will discuss recent developments in Kastravia.”"
    )
    assert_statements(body, [
        ("Ivo Dran", "direct", "This meeting is an important opportunity."),
        ("Ivo Dran", "direct", "We will discuss recent developments in Kastravia."),
    ], title="Minister Dran attends meeting of foreign ministers")


def test_a_when_phrase_with_a_speech_verb_before_a_lead_in_stays_his():
    """Guard: "After thanking the hosts the Minister said:": the thanks are his, the lead-in an indirect statement."""
    body = (
        "Minister for Foreign Affairs Ivo Dran will attend a meeting of foreign ministers in Tarvik.\n\n"
        "After thanking the hosts Minister Dran said:\n\n"
        "“This meeting is an important opportunity.”"
    )
    assert_statements(body, [
        ("Ivo Dran", "indirect", "After thanking the hosts Minister Dran said"),
        ("Ivo Dran", "direct", "This meeting is an important opportunity."),
    ], title="Minister Dran attends meeting of foreign ministers")


def test_a_lead_in_ending_in_an_ellipsis_leads_in_its_unquoted_words():
    """"Speaking earlier the Taoiseach said..." (two-hundred-seventy-sixth ireland_taoiseach_2011_cameron): an
    ellipsis ending the paragraph for the lead-in's colon; the unquoted paragraphs after it are his words, and the
    lead-in itself none."""
    body = (
        "Taoiseach Mara Quell today met with Velbian Prime Minister Ivo Dran in Tarvik.\n\n"
        "Speaking earlier the Taoiseach said...\n\n"
        "We met at recent council meetings but this afternoon’s agenda will focus on our relationship.\n\n"
        "It is a friendship that I value."
    )
    assert_statements(body, [
        ("Mara Quell", "direct",
         "We met at recent council meetings but this afternoon’s agenda will focus on our relationship."),
        ("Mara Quell", "direct", "It is a friendship that I value."),
    ], title=TITLE)


def test_the_speaker_after_a_fronted_phrase_ends_his_unquoted_words():
    """"In the morning the Taoiseach spoke at a Bloomberg hosted event." (two-hundred-seventy-sixth
    ireland_taoiseach_2011_cameron), after his unquoted words: the readout's voice again, its subject after a phrase
    of when with no comma, as "The Taoiseach spoke …" would be."""
    body = (
        "Taoiseach Mara Quell today met with Velbian Prime Minister Ivo Dran in Tarvik.\n\n"
        "Speaking earlier the Taoiseach said:\n\n"
        "We met at recent council meetings.\n\n"
        "In the morning the Taoiseach spoke at a business event."
    )
    assert_statements(body, [
        ("Mara Quell", "direct", "We met at recent council meetings."),
    ], title=TITLE)


def test_an_ellipsis_after_words_of_his_own_leads_in_nothing():
    """Guard: "The Taoiseach said the talks would go on..." ends in an ellipsis but says something: his indirect
    statement; the paragraph after it, the readout's voice, is no one's."""
    body = (
        "Taoiseach Mara Quell today met with Velbian Prime Minister Ivo Dran in Tarvik.\n\n"
        "The Taoiseach said the talks would go on...\n\n"
        "The meeting lasted an hour."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect", "The Taoiseach said the talks would go on..."),
    ], title=TITLE)


def test_to_county_ends_an_office():
    """"After accompanying the Finnish Foreign Minister to County Monaghan this morning, the Minister for Foreign
    Affairs and Trade, Simon Coveney TD, travelled to Belfast …" (two-hundred-seventy-sixth
    ireland_dfa_2017-07-03_ni_talks): "to County …" is where the guest was taken, no "Foreign Minister to County"
    named "Monaghan"; "the Minister" who speaks after is the Irish minister."""
    body = (
        "After accompanying the Velbian Foreign Minister to County Tarn this morning, the Minister for Foreign "
        "Affairs and Trade, Mara Quell TD, travelled to Tarvik this afternoon to re-join the talks.\n\n"
        "Speaking this evening, the Minister said:\n\n"
        "“The talks are ongoing.\n\n"
        "I would encourage the parties to reach agreement.”"
    )
    assert_statements(body, [
        ("Mara Quell", "direct", "The talks are ongoing."),
        ("Mara Quell", "direct", "I would encourage the parties to reach agreement."),
    ], title="Statement by Minister Quell on the Tarvik talks")


def test_an_ambassador_to_a_country_keeps_his_office():
    """Guard: "Ambassador to Velbia Tomas Reed said …": "to" and a country still carry the office to its holder."""
    body = (
        "Minister Mara Quell met the Kastravian Ambassador to Velbia Tomas Reed in Tarvik.\n\n"
        "Ambassador to Velbia Tomas Reed said that trade was growing."
    )
    assert_statements(body, [
        ("Tomas Reed", "indirect", "Ambassador to Velbia Tomas Reed said that trade was growing."),
    ], title="Minister Quell meets Ambassador")
