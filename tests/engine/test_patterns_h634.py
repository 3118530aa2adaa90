"""Rules from the thirty-third styles set (francophone and lusophone foreign ministries' and presidencies' English
translations): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("portfolios", ["Cooperation and Regional Integration", "Cooperation and African Integration",
                                        "Trade and Regional Integration"])
def test_a_ministrys_last_portfolio_is_no_name(portfolios):
    """"The Minister of Foreign Affairs, Cooperation and Regional Integration, Dr. X, …": the list's last two
    capitalised words are a portfolio, not the minister's name; the name comes after the comma. Before, the minister
    was a person "Regional Integration"."""
    said = "She informed her counterpart that a first consignment of aid would leave the port next week."
    body = f"The Minister of Foreign Affairs, {portfolios}, Dr. Edna Moraes Falcao, held a call on Monday.\n\n{said}"
    result = assert_statements(body, [("Edna Moraes Falcao", "indirect", said)])
    assert [speaker.name for speaker in result.speakers] == ["Edna Moraes Falcao"]


def test_the_state_after_a_portfolio_list_is_no_name():
    """"… Cooperation and Regional Integration of Cabo Serrado, X, …": the two words after "of" are the state whose
    ministry it is, no one's name. Before, "Cabo Serrado" was the minister and X no one."""
    quote = "We want a summit at the highest level"
    body = ("The Minister of Foreign Affairs, Cooperation and Regional Integration of Cabo Lindo, Rui Albano Fontes "
            "Sequeira, was received today by the President.\n\n"
            f"“{quote},” said the minister.")
    result = assert_statements(body, [("Rui Albano Fontes Sequeira", "direct", quote)])
    assert [speaker.name for speaker in result.speakers] == ["Rui Albano Fontes Sequeira"]


def test_a_minister_named_after_a_portfolio_list_keeps_his_name():
    """The guard: "Minister of Construction, Housing and Utilities Paul West" is still the minister Paul West (his
    surname a word of places, his first name not)."""
    said = "Paul West said that the new homes would be ready by May."
    body = "Minister of Construction, Housing and Utilities Paul West met the builders.\n\n" + said
    assert_statements(body, [("Paul West", "indirect", said)])


@pytest.mark.parametrize("envoy", ["special envoy of the Marovian Head of State",
                                   "Special Envoy of the President of Marovia"])
def test_a_second_office_in_apposition_is_his(envoy):
    """"Mr. X, Minister of Mines of the Republic of Marovia, special envoy of the Marovian Head of State.": the second
    office after the first is his too, in lower case as translations write it; "The special envoy said …" is his.
    Before, it was no one's."""
    said = "The special envoy said that the summit would examine the financing of the coastguard."
    body = ("The President of the Republic, Mr. Gaston Kouadio Ebrin, received Mr. Rodrigue Mbadinga-Ossiali, "
            f"Minister of Mines of the Republic of Marovia, {envoy}.\n\n{said}")
    assert_statements(body, [("Rodrigue Mbadinga-Ossiali", "indirect", said)])


def test_an_office_before_the_next_name_is_not_chained():
    """The guard: "the Minister of Energy, Ida Morn, the Minister of Trade, Oren Vask" is a list of pairs; the second
    office is Vask's, "The Minister of Trade said …" his."""
    said = "The Minister of Trade said that the tariffs would fall."
    body = ("The Prime Minister received the Minister of Energy, Ida Morn, the Minister of Trade, Oren Vask, and "
            "the Minister of Health, Lars Brenn.\n\n" + said)
    assert_statements(body, [("Oren Vask", "indirect", said)])


def test_leaving_an_audience_only_leads_a_quotation_in():
    """"On leaving the audience, he told the press: « … »": "leaving" speaks only as "leaving no doubt"; the words
    before the colon say when, and lead the quotation in. Before, they were a second, indirect statement."""
    quote = "I came to convey the fraternal greetings of my President."
    body = ("The President received Mr. Rodrigue Mbadinga-Ossiali, Minister of Mines of Marovia.\n\n"
            f"Mr. Mbadinga-Ossiali handed over a written message. On leaving the audience, he told the press: « {quote} »")
    assert_statements(body, [("Rodrigue Mbadinga-Ossiali", "direct", quote)])


def test_he_after_a_described_actor_who_handed_a_message():
    """"The special envoy handed to the President … a written message …. On leaving the audience, he told the press:":
    "handed" without "over greetings" is an act; the envoy who acts there is "he", not the President who spoke or
    acted last before. Before, the quotation was the President's."""
    quote = "Our two countries must speak with one voice."
    body = ("The President of the Republic, Mr. Gaston Kouadio Ebrin, received Mr. Rodrigue Mbadinga-Ossiali, "
            "Minister of Mines of the Republic of Marovia, special envoy of the Marovian Head of State.\n\n"
            "The Head of State thanked his guest.\n\n"
            "The special envoy handed to the President of the Republic a written message from his counterpart. "
            f"On leaving the audience, he told the press: « {quote} »")
    assert_statements(body, [
        ("Gaston Kouadio Ebrin", "indirect", "The Head of State thanked his guest."),
        ("Rodrigue Mbadinga-Ossiali", "direct", quote),
    ])


def test_the_latter_after_one_persons_report_is_he():
    """"He specified that …. The latter also assured that …" (a francophone "ce dernier"): with no two people named
    close before, "the latter" is the one the sentence before reported. Before, the sentence was no one's."""
    specified = "He said that the summit would examine the financing of the regional coastguard."
    assured = "The latter also assured that Marovia counts on the experience of Lagunia."
    body = ("Mr. Rodrigue Mbadinga-Ossiali, Minister of Mines of Marovia, called on the President.\n\n"
            f"{specified} {assured}")
    assert_statements(body, [
        ("Rodrigue Mbadinga-Ossiali", "indirect", specified),
        ("Rodrigue Mbadinga-Ossiali", "indirect", assured),
    ])


def test_the_latter_of_two_named_before_is_unchanged():
    """The guard: "X met Y. The latter assured …" still picks the second of the two named."""
    assured = "The latter assured that the talks would go on."
    body = f"Mr. Rodrigue Mbadinga met Mr. Paul Kamgang. {assured}"
    assert_statements(body, [("Paul Kamgang", "indirect", assured)])


def test_a_guest_welcomed_in_the_presence_of_others_is_narrative():
    """"The Head of State welcomed his guest in the presence of the Secretary-General …": a reception and who attended
    it, no words; "welcomed the initiative" stays his. Before, the reception was his statement."""
    welcomed = "The Head of State welcomed the initiative of his counterpart."
    body = ("The President of the Republic, Mr. Gaston Kouadio Ebrin, received Mr. Rodrigue Mbadinga-Ossiali.\n\n"
            "The Head of State welcomed his guest in the presence of the Secretary-General of the Presidency, "
            f"Mr. Fulgence Amani.\n\n{welcomed}")
    assert_statements(body, [("Gaston Kouadio Ebrin", "indirect", welcomed)])


@pytest.mark.parametrize("act", ["then declared open the work of the seminar.", "declared the session closed.",
                                 "declared the forum officially open."])
def test_a_meeting_declared_open_is_an_act(act):
    """"The Minister then declared open the work of the seminar.": the chair opens a meeting, no words of his. Before,
    it was his statement."""
    said = "Mr. Dossa said that consular protection is a priority."
    body = f"Mr. Aurelien Dossa, the Minister of Foreign Affairs, chaired the ceremony.\n\n{said} Mr. Dossa {act}"
    assert_statements(body, [("Aurelien Dossa", "indirect", said)])


@pytest.mark.parametrize("said", ["Mr. Dossa declared that the borders were open.",
                                  "Mr. Dossa declared his readiness to keep the border open."])
def test_a_declaration_with_open_in_it_is_still_speech(said):
    """The guard: "declared that … open", "declared his readiness to keep … open" are his words."""
    body = f"Mr. Aurelien Dossa, the Minister of Foreign Affairs, chaired the ceremony.\n\n{said}"
    assert_statements(body, [("Aurelien Dossa", "indirect", said)])


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_quoted_fragment_with_its_cue_after_stays_in_the_report(marks):
    """"The invitation "was immediately accepted", he added.": the quotation opens in lower case right after a word of
    its sentence; the sentence is his indirect statement, whole (GOLD-FORMAT: partial quotes stay in the report).
    Before, only the fragment was given, as a direct statement."""
    opening, closing = marks
    added = f"The invitation {opening}was immediately accepted{closing}, he added."
    body = f"Mr. Rui Albano Sequeira met the President on Monday.\n\n{added}"
    assert_statements(body, [("Rui Albano Sequeira", "indirect", added)])


def test_a_whole_quotation_with_its_cue_after_stays_direct():
    """The guard: a quotation that opens the sentence in capitals, or after a comma, is direct speech."""
    quote = "The invitation was immediately accepted"
    body = f"Mr. Rui Albano Sequeira met the President on Monday.\n\n“{quote},” he added."
    assert_statements(body, [("Rui Albano Sequeira", "direct", quote)])


@pytest.mark.parametrize("head", ["the Head of Diplomacy of Cabo Lindo", "the head of Cabo Lindo's diplomacy"])
def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister(head):
    """"the Head of Diplomacy of Cabo Lindo" (a lusophone "Chefe da Diplomacia"), "the head of Cabo Lindo's
    diplomacy": that country's foreign minister, as "the head of Brevonian diplomacy" is. Before, the first was a person
    "Cabo Lindo" and the second no one."""
    said = f"Speaking to journalists, {head} said that his country wishes to raise the level of dialogue."
    body = ("The Minister of Foreign Affairs of Cabo Lindo, Rui Albano Sequeira, met the Minister of Foreign Affairs "
            f"of Lusovia, Ana Brandao.\n\n{said}")
    result = assert_statements(body, [("Rui Albano Sequeira", "indirect", said)])
    assert "Cabo Lindo" not in [speaker.name for speaker in result.speakers]


def test_a_counterpart_of_a_named_state_is_of_that_state():
    """"… held a telephone conversation with her counterpart of the Republic of Ouemelia, Mr. Y": Y is of Ouemelia and
    a minister as she is (her "Dr." no sentence's end), so "The Minister of Ouemelia thanked …" is his. Before, it was
    no one's."""
    thanked = "The Minister of Ouemelia thanked his counterpart for this gesture of solidarity."
    body = ("The Minister of Foreign Affairs, Dr. Edna Moraes Falcao, held a telephone conversation with her "
            "counterpart of the Republic of Ouemelia, Mr. Aurelien Dossa-Gbeno.\n\n"
            f"She informed her counterpart that aid would leave next week. {thanked}")
    assert_statements(body, [
        ("Edna Moraes Falcao", "indirect", "She informed her counterpart that aid would leave next week."),
        ("Aurelien Dossa-Gbeno", "indirect", thanked),
    ])


@pytest.mark.parametrize("portfolios", ["Cooperation and the Francophonie", "Cooperation and Regional Integration"])
def test_a_minister_of_state_with_a_ministrys_portfolios_is_the_name_after(portfolios):
    """"The Minister of State, Minister of Foreign Affairs, Cooperation and the Francophonie, Mr. X, received …": both
    offices are X's, the second with its list of portfolios after its own comma ("and the" before the last); "The
    Minister of State paid tribute …" is his, under his name. Before, it went to a speaker "The Minister of State"."""
    said = "The Minister of State paid tribute to the action of the diplomat."
    body = (f"The Minister of State, Minister of Foreign Affairs, {portfolios}, Mr. Herve Moussala-Ekome, received "
            f"the Ambassador of Ostmarra.\n\n{said}")
    result = assert_statements(body, [("Herve Moussala-Ekome", "indirect", said)])
    assert [speaker.name for speaker in result.speakers] == ["Herve Moussala-Ekome"]


def test_a_ministry_with_and_the_in_its_portfolios_is_the_name_after():
    """"The Minister of Foreign Affairs, Cooperation and the Francophonie, Mr. X": "and the" before the last portfolio
    leaves the list a list; "The Minister said …" is X's."""
    said = "The Minister said that the partnership would grow stronger."
    body = ("The Minister of Foreign Affairs, Cooperation and the Francophonie, Mr. Herve Moussala-Ekome, received the "
            f"Ambassador of Ostmarra.\n\n{said}")
    result = assert_statements(body, [("Herve Moussala-Ekome", "indirect", said)])
    assert [speaker.name for speaker in result.speakers] == ["Herve Moussala-Ekome"]
