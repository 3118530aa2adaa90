"""Readings of real Philippine government text of stop 34 (three-hundred-twenty-ninth): releases of the Presidential
Communications Office and its attached offices (Radio Television Malacañang, the Philippine News Agency, the Presidential
News Desk, Presidential Photo).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_closing_cue_after_a_portfolio_title_governs_the_whole_sentence():
    """"Duterte's visit to China was among the issues raised during his meeting with Marcos, Communications Secretary
    Cheloy Garafil confirmed in a statement sent to Palace reporters." (three-hundred-twenty-ninth philippines_pco
    pna_2023-08-02_duterte_meets_pbbm): the portfolio word before "Secretary" stands between the comma and the
    subject's phrase; the cue still closes the sentence, so all of it is her report, not only the attribution."""
    body = (
        "President Oren Vask met Prime Minister Lio Dast of Vestra on Monday.\n\n"
        "The harbour project was among the issues raised during the talks, Communications Secretary Mara Quell "
        "confirmed in a statement sent to reporters."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect", "The harbour project was among the issues raised during the talks, Communications "
         "Secretary Mara Quell confirmed in a statement sent to reporters."),
    ], title="President Vask meets Prime Minister Dast")


def test_a_list_before_a_closing_cue_still_cuts_where_it_did():
    """Guard: "…, and Trade Secretary Mara Quell said …" — a lower-case "and" between the comma and the title is a
    clause of its own: the first clause stays the President's, the last hers."""
    body = (
        "President Oren Vask met Prime Minister Lio Dast of Vestra on Monday.\n\n"
        "President Vask thanked the Prime Minister for the visit, and Trade Secretary Mara Quell said the fair opens "
        "in May."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask thanked the Prime Minister for the visit"),
        ("Mara Quell", "indirect", "Trade Secretary Mara Quell said the fair opens in May."),
    ], title="President Vask meets Prime Minister Dast")


def test_a_departments_initials_before_chief_name_its_secretary():
    """"At the 28th Asean Coordinating Council Meeting, the DFA chief highlighted the importance of …" after "Foreign
    Affairs Secretary Teodoro Locsin Jr. participated …" (three-hundred-twenty-ninth philippines_pco
    pna_2020-11-10_locsin_asean_meetings): the initials of the Department of Foreign Affairs before "chief" name the
    secretary whose office they spell."""
    body = (
        "Foreign Affairs Secretary Mara Quell attended the regional meetings on Monday.\n\n"
        "At the Coordinating Council Meeting, the DFA chief highlighted the importance of engagement with partners."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect", "At the Coordinating Council Meeting, the DFA chief highlighted the importance of "
         "engagement with partners."),
    ], title="Quell attends regional meetings")


def test_another_departments_initials_name_no_secretary_of_foreign_affairs():
    """Guard: "the DOJ chief" (the Department of Justice) is not the Foreign Affairs Secretary: its letters spell
    another office, so his statement is not given to her."""
    body = (
        "Foreign Affairs Secretary Mara Quell attended the regional meetings on Monday.\n\n"
        "At the Coordinating Council Meeting, the DOJ chief highlighted the importance of engagement with partners."
    )
    assert_statements(body, [], title="Quell attends regional meetings")


def test_gave_advice_is_advising():
    """"The former president likewise gave some good pieces of advice to President Marcos." (three-hundred-twenty-ninth
    philippines_pco pnd_2023-08-02_pbbm_meets_duterte): one person's advice given, as "gave his opinion"."""
    body = (
        "President Lio Dast met with former President Oren Vask at the palace on Wednesday evening.\n\n"
        "Former President Vask likewise gave some good pieces of advice to President Dast."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Former President Vask likewise gave some good pieces of advice to President Dast."),
    ], title="President Dast meets former President Vask")


def test_advice_given_by_a_pair_stays_narrative():
    """Guard: "The two leaders gave advice to …" is what a pair did together: no statement."""
    body = (
        "President Lio Dast met with former President Oren Vask at the palace on Wednesday evening.\n\n"
        "The two leaders gave advice to the young diplomats of the ministry."
    )
    assert_statements(body, [], title="President Dast meets former President Vask")


def test_a_noun_after_a_modals_verb_closes_no_attribution():
    """"In his statement, President Xi said that China and the Philippines are brothers, and as brothers, they can handle
    disputes." (three-hundred-twenty-ninth philippines_pco rtvm_2016-10-20_duterte_xi): "disputes" is the object of
    "can handle", no closing "…, they disputes." of another speaker; the sentence is Xi's to its end."""
    body = (
        "President Lio Dast held a bilateral meeting with President Oren Vask in Vestra on Monday.\n\n"
        "In his statement, President Vask said that the two nations are brothers, and as brothers, they can handle "
        "disputes."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "In his statement, President Vask said that the two nations are brothers, and as "
         "brothers, they can handle disputes."),
    ], title="President Dast meets President Vask")


def test_a_closing_attribution_with_a_modal_and_an_adverb_still_speaks():
    """Guard: "The talks went well, the Minister would later observe." — the modal's next word is an adverb, the verb
    after it the attribution's: the sentence is still the Minister's."""
    body = (
        "Minister Mara Quell met Minister Tomas Ved in Vestra on Monday.\n\n"
        "The talks had gone well, Minister Quell would later observe."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect", "The talks had gone well, Minister Quell would later observe."),
    ], title="Minister Quell meets Minister Ved")


def test_a_straight_single_mark_closing_a_quoted_end_closes_the_sentence():
    """"Garafil said Duterte also gave Marcos 'some good pieces of advice.' She did not elaborate on the other issues
    …" (three-hundred-twenty-ninth philippines_pco pna_2023-08-02_duterte_meets_pbbm): the straight mark after the full
    stop closes the quotation and the sentence; what follows ("She did not elaborate …") is no part of her statement."""
    body = (
        "President Lio Dast met with former President Oren Vask at the palace on Wednesday.\n\n"
        "Press Secretary Mara Quell said Vask also gave Dast 'some good pieces of advice.' She did not elaborate on "
        "the other issues tackled between the two."
    )
    assert_statements(body, [
        ("Mara Quell", "indirect", "Press Secretary Mara Quell said Vask also gave Dast 'some good pieces of advice.'"),
    ], title="President Dast meets former President Vask")


def test_a_straight_single_mark_before_a_lower_case_word_ends_nothing():
    """Guard: "'… went well.' said Minister Quell" — the word after the mark is in lower case: one sentence, the
    quotation closed by its attribution."""
    body = (
        "Minister Mara Quell met Minister Tomas Ved in Vestra on Monday.\n\n"
        "'The talks went well.' said Minister Quell after the meeting."
    )
    assert_statements(body, [
        ("Mara Quell", "direct", "The talks went well."),
    ], title="Minister Quell meets Minister Ved")
