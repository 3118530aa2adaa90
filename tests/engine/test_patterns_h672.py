"""Statements found by helper h672 (known errors of the labelled sets under 0.95): a present or progressive speech verb
after an office that opens the sentence and its holder's name set off by commas ("The Foreign Minister, X, believes that
…", "Minister of …, Senator Dr. X, is hoping that …"), as a past form there already was.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Prime Minister Hana Relt received the Foreign Minister of Ostria, Jonas Veller, in Tarvik on Monday.\n\n"


def test_present_opinion_verb_after_an_office_and_its_holder_set_off():
    """"The Foreign Minister, X, believes that …": the present form after the apposition of the office that opens
    the sentence, as after "X, minister of roads, believes that …"; before, no statement ("believes" read as a
    possible noun after a comma)."""
    assert_statements(
        _MEETING + "The Foreign Minister of Ostria, Jonas Veller, believes that the new ferry line will double trade.",
        [("Jonas Veller", "indirect", "The Foreign Minister of Ostria, Jonas Veller, believes that the new ferry line "
                                      "will double trade.")],
    )


def test_progressive_speech_verb_after_an_office_and_its_holder_set_off():
    """"Minister of …, Senator Dr. X, is hoping that …" (a Barbados release's style): the progressive's subject is
    the name set off after its office, as "Minister X is hoping that …" is; before, no statement."""
    assert_statements(
        _MEETING + "Minister of Foreign Affairs and Foreign Trade of Ostria, Senator Dr. Jonas Veller, is hoping that "
                   "the cooperation in fisheries will continue.",
        [("Jonas Veller", "indirect", "Minister of Foreign Affairs and Foreign Trade of Ostria, Senator Dr. Jonas "
                                      "Veller, is hoping that the cooperation in fisheries will continue.")],
    )


def test_progressive_after_a_describing_aside_is_the_named_subject():
    """"X, a veteran of many talks, is calling for …": the name before a describing aside, as before a past form."""
    assert_statements(
        _MEETING + "Jonas Veller, a veteran of many such talks, is calling for a joint coast guard.",
        [("Jonas Veller", "indirect", "Jonas Veller, a veteran of many such talks, is calling for a joint coast guard.")],
    )


def test_present_form_after_a_list_is_no_statement():
    """Guard: a plural noun after a comma ("…, ports and hopes that …" has no person before it): no statement."""
    assert_statements(
        _MEETING + "The plan covers roads, bridges, ports, and hopes that trade will grow are high.",
        [],
    )


_PROMISE_LEAD = "There is a promise from Ostria to work more closely with Varn on fisheries and trade.\n\n"


def test_gave_this_assurance_during_tells_whose_the_lead_was():
    """A one-sentence lead, then "X gave this assurance during a courtesy call on …": the lead is X's and this sentence
    only says where it was given (as "gave the relevant instructions as …"); before, this sentence was X's and the
    lead no one's."""
    assert_statements(
        _PROMISE_LEAD + "Ostrian Assistant Secretary Jonas Veller gave this assurance during a courtesy call on Prime "
                        "Minister Hana Relt.",
        [("Jonas Veller", "indirect", "There is a promise from Ostria to work more closely with Varn on fisheries and "
                                      "trade.")],
    )


def test_office_set_off_before_its_holder_then_gave_this_assurance():
    """"Assistant Secretary in the Ministry of …, X, gave this assurance during …": the office set off by commas
    before its holder opens the sentence, as the office before "H.E. X" does."""
    assert_statements(
        _PROMISE_LEAD + "Assistant Secretary in the Ostrian Ministry’s Bureau of Northern Affairs, Jonas Veller, gave "
                        "this assurance during a courtesy call on Prime Minister Hana Relt.",
        [("Jonas Veller", "indirect", "There is a promise from Ostria to work more closely with Varn on fisheries and "
                                      "trade.")],
    )


def test_said_this_during_after_a_lead_paragraph():
    """"<lead>" / "President X said this during a visit to …": the lead paragraph is X's, as after "This was stated by
    X" (before, only a quoted lead paragraph was given so)."""
    assert_statements(
        "Trade between the two countries will double by next year.\n\n"
        "President Ada Lorn said this during a visit to the port of Tarvik.",
        [("Ada Lorn", "indirect", "Trade between the two countries will double by next year.")],
    )


def test_gave_the_assurance_that_is_a_statement():
    """Guard: "gave the assurance that …" says what was assured: the sentence is the minister's."""
    assert_statements(
        "Prime Minister Hana Relt received Minister Jonas Veller.\n\n"
        "Minister Veller gave the assurance that the plant would reopen in May.",
        [("Jonas Veller", "indirect", "Minister Veller gave the assurance that the plant would reopen in May.")],
    )


def test_there_was_an_emphasis_on_is_no_ones_report():
    """"… said the two sides underscored … . There was also an emphasis on …": what the meeting stressed, agentless
    (as "the importance of … was emphasized"), not the spokesman's report carried on; before, it was his."""
    assert_statements(
        "President Ada Lorn received Director Ben Taro.\n\n"
        "Spokesman for the Presidency, Counselor Ilan Marek, said during the meeting the two sides underscored the "
        "strong partnership between the two countries. There was also an emphasis on the mutual commitment to "
        "advancing cooperation in every field.",
        [("Ilan Marek", "indirect", "Spokesman for the Presidency, Counselor Ilan Marek, said during the meeting the "
                                    "two sides underscored the strong partnership between the two countries.")],
    )


def test_for_a_person_the_thing_was_a_reminder_that():
    """"For President X, the loss was a reminder that …": what the thing told him, his view (as "For the President, the
    priority remained …"); before, no statement."""
    assert_statements(
        "President Ada Lorn met the crew of the frigate Varn.\n\n"
        "For President Ada Lorn, the loss was a reminder that the sea forgives no carelessness.",
        [("Ada Lorn", "indirect", "For President Ada Lorn, the loss was a reminder that the sea forgives no carelessness.")],
    )


def test_for_a_person_with_no_view_after_is_narrative():
    """Guard: "For President X, the crew prepared a model of the ship." tells what was done for him: no statement."""
    assert_statements(
        "President Ada Lorn met the crew of the frigate Varn.\n\n"
        "For President Ada Lorn, the crew had prepared a model of their ship.",
        [],
    )


def test_title_case_with_parts_the_title_guest_from_its_host():
    """"Talks With President Of Orvenna X": a title-case "With" is the headline's preposition, as "with" is, so X is the
    title's guest and "The host" the one who thanked his guest; before, the run read no one and "The host" was X."""
    assert_statements(
        "President of Orvenna Joram Tesk is in Karsk for the anniversary celebrations.\n\n"
        "Anselm Korvin opened the talks by thanking his guest for making the journey.\n\n"
        "In Mr Tesk's estimation, trade between the two countries could double within five years.\n\n"
        "The host concurred, but harboured doubts about the customs arrangements.",
        [("Anselm Korvin", "indirect", "Anselm Korvin opened the talks by thanking his guest for making the journey."),
         ("Joram Tesk", "indirect", "In Mr Tesk's estimation, trade between the two countries could double within "
                                    "five years."),
         ("Anselm Korvin", "indirect", "The host concurred, but harboured doubts about the customs arrangements.")],
        title="Talks With President Of Orvenna Joram Tesk",
    )


def test_title_case_to_before_a_headline_verb_is_no_name():
    """Guard of the "With" cut: "President X Meets With Prime Minister To Discuss National Issues": the title-case "To"
    and "Discuss" part the office from what follows, as " to Welcome" does; with the cut at "With" alone the run after
    it made a Prime Minister "Issues", who took the body's bare "The Prime Minister" (fourhundredninetyfifth)."""
    assert_statements(
        "President Ada Lorn met Prime Minister Ben Taro at the Palace.\n\n"
        "The Prime Minister informed the President that the budget had been approved.",
        [("Ben Taro", "indirect", "The Prime Minister informed the President that the budget had been approved.")],
        title="President Ada Lorn Meets With Prime Minister To Discuss National Issues",
    )


_CROWN_PRINCE = "President Tomas Hallik held talks in Vorna with Crown Prince of Qassimar Karim Soltan.\n\n"


def test_the_heir_to_the_throne_is_the_crown_prince():
    """"Crown Prince … X … The heir to the throne made the case for …": the Crown Prince, by what he is (as "the
    Pontiff" is the Pope); before, no one's statement."""
    assert_statements(
        _CROWN_PRINCE + "The heir to the throne made the case for a joint venture in refining, arguing that neither "
                        "country could export crude alone.",
        [("Karim Soltan", "indirect", "The heir to the throne made the case for a joint venture in refining, "
                                        "arguing that neither country could export crude alone.")],
    )


def test_a_pronoun_after_but_or_although_is_the_sentence_opener():
    """"Mr X was receptive, although he was careful to add that …", "…, but he added that …": the pronoun that opens
    the second clause is the one who opens the sentence (as after ", and "), not the last speaker; before, the Crown
    Prince, who spoke last."""
    assert_statements(
        _CROWN_PRINCE + "The Crown Prince made the case for a joint venture in refining.\n\n"
                        "Mr Hallik was receptive, although he was careful to add that prices had to be agreed first.\n\n"
                        "Mr Hallik welcomed the idea, but he added that the ministers would decide.",
        [("Karim Soltan", "indirect", "The Crown Prince made the case for a joint venture in refining."),
         ("Tomas Hallik", "indirect", "Mr Hallik was receptive, although he was careful to add that prices had to be "
                                      "agreed first."),
         ("Tomas Hallik", "indirect", "Mr Hallik welcomed the idea, but he added that the ministers would decide.")],
    )


def test_a_quotation_named_as_his_own_summary():
    """"“…,” was his own summary.": the words named as the pronoun's owner's summary are his, as "“…,” he said";
    before, the quotation was no one's."""
    assert_statements(
        "President Orlan Vesk met the leaders of the Bresnian parliament.\n\n"
        "Mr Vesk countered that the disputes were a matter for experts.\n\n"
        "\u201cWe have had enough speeches about partnership,\u201d was his own summary.",
        [("Orlan Vesk", "indirect", "Mr Vesk countered that the disputes were a matter for experts."),
         ("Orlan Vesk", "direct", "We have had enough speeches about partnership")],
    )


def test_we_of_hope_after_a_fronted_role_carries_the_report_on():
    """"President X expressed her appreciation … . As a long-term partner and good friend of Y, we look forward to …":
    the fronted "As …," says in what role "we" speak; the "we" of hope carries her report on, as "We look forward to …"
    right after it does; before, no one's."""
    assert_statements(
        "President Ada Lorn received Director General Ben Taro.\n\n"
        "During their meeting, President Lorn expressed her appreciation to Mr Taro for the briefing on the coming "
        "visit. As a long-term partner and good friend of Ostria, we look forward to receiving the delegation warmly.",
        [("Ada Lorn", "indirect", "During their meeting, President Lorn expressed her appreciation to Mr Taro for the "
                                  "briefing on the coming visit."),
         ("Ada Lorn", "indirect", "As a long-term partner and good friend of Ostria, we look forward to receiving the "
                                  "delegation warmly.")],
    )


def test_we_count_on_after_a_fronted_role():
    """"She noted that … . As stakeholders in each other's progress, we count on our closest friends …": "count on" a
    hope, the fronted role before "we"."""
    assert_statements(
        "President Ada Lorn hosted a banquet for the leaders of neighbouring countries.\n\n"
        "She noted that their presence was a testament to the close ties. As stakeholders in each other’s progress, we "
        "count on our closest friends to stand by us.",
        [("Ada Lorn", "indirect", "She noted that their presence was a testament to the close ties."),
         ("Ada Lorn", "indirect", "As stakeholders in each other’s progress, we count on our closest friends to stand "
                                  "by us.")],
    )


def test_we_agreed_after_a_fronted_role_is_no_carry_on():
    """Guard: "As neighbours, we agreed …" tells a past act of the pair, no hope: not carried on."""
    assert_statements(
        "President Ada Lorn received Director General Ben Taro.\n\n"
        "President Lorn expressed her appreciation to Mr Taro for the briefing. As neighbours, we agreed to meet again.",
        [("Ada Lorn", "indirect", "President Lorn expressed her appreciation to Mr Taro for the briefing.")],
    )
