"""Readings of the fifteenth styles set (benchmarks/styles15): invented readouts in the house styles of offices no
earlier set imitated (a Central Asian presidency's press service, a Gulf foreign ministry, a Baltic prime minister's
office, an Andean and an Eastern European foreign ministry in translation, a Francophone African presidency, a
Caribbean community secretariat, a North African royal cabinet, a South Asian prime minister's office …).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_asg_is_the_assistant_secretary_general():
    """"The ASG later briefed the Ambassador …" (fifteenth styles ancom_secretariat: a community secretariat's
    release): the initials are the Assistant Secretary-General's office, as "the SG" is the Secretary-General's."""
    body = (
        "The Secretary-General, Dr. Mona Keel, received the Ambassador of Ostria, Ms. Ada Brun, on Monday.\n\n"
        "Also present was the Assistant Secretary-General, Mr. Colin Ashby.\n\n"
        "The ASG later briefed the Ambassador on the single market programme."
    )
    assert_statements(body, [
        ("Colin Ashby", "indirect", "The ASG later briefed the Ambassador on the single market programme."),
    ], title="Secretary-General receives Ambassador of Ostria")


def test_a_portfolio_after_an_office_and_a_comma():
    """"Also present at the ceremony was the Assistant Secretary-General, Human and Social Development, Ms. X."
    (fifteenth styles ancom_secretariat): the portfolio between the office's comma and the name's is neither a name
    nor a second office, so the office is still hers and "The Assistant Secretary-General …" means her."""
    body = (
        "The Secretary-General, Dr. Mona Keel, received the Ambassador of Ostria, Ms. Ada Brun, on Monday.\n\n"
        "Also present was the Assistant Secretary-General, Trade and Economic Integration, Mr. Colin Ashby.\n\n"
        "The Assistant Secretary-General later said that the single market programme was on track."
    )
    assert_statements(body, [
        ("Colin Ashby", "indirect", "The Assistant Secretary-General later said that the single market programme "
         "was on track."),
    ], title="Secretary-General receives Ambassador of Ostria")


def test_offices_a_comma_chains_before_a_titled_name_are_all_his():
    """"President of the Republic of Korystan, Chairman of the Security Council, Supreme Commander-in-Chief of the
    Armed Forces X received …" (fifteenth styles korystan_akorda: a Central Asian press service's lead): the first
    office is his as well as the one before his name, so "The Head of State …" is he, not a president named later."""
    body = (
        "President of the Republic of Tarsk, Chairman of the Security Council, Supreme Commander-in-Chief of the "
        "Armed Forces Ruslan Abenov received the Minister of Foreign Affairs of Ostria, Ada Brun.\n\n"
        "The Head of State welcomed the guest and noted that Ostria is a key partner.\n\n"
        "For her part, the Minister conveyed the greetings of President of Ostria Anton Vesk."
    )
    assert_statements(body, [
        ("Ruslan Abenov", "indirect", "The Head of State welcomed the guest and noted that Ostria is a key partner."),
        ("Ada Brun", "indirect", "For her part, the Minister conveyed the greetings of President of Ostria Anton Vesk."),
    ], title="Head of State receives the Minister of Foreign Affairs of Ostria")


def test_a_name_between_the_commas_breaks_the_chain_of_offices():
    """Guard: "Minister of Foreign Affairs of Ostria, Anton Vesk, and Minister of Trade Ida Morn …": a name, not an
    office, between the commas, so "the Minister of Foreign Affairs" stays his and not hers."""
    body = (
        "Minister of Foreign Affairs of Ostria, Anton Vesk, and Minister of Trade Ida Morn arrived in Tarsk.\n\n"
        "The Minister of Foreign Affairs said that Ostria sought closer ties."
    )
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The Minister of Foreign Affairs said that Ostria sought closer ties."),
    ], title="Ostrian ministers arrive in Tarsk")


def test_the_chief_of_state_is_the_head_of_state():
    """"The President of the Republic, Chief of State, X, received … The Chief of State, for his part, reassured …"
    (fifteenth styles nkoulou_presidence: a Francophone presidency's "Chef de l'État" in English): the head of state."""
    body = (
        "The President of the Republic, Chief of State, His Excellency Paul Mbemba, received in audience on Tuesday "
        "Mr. Hamid Kane, Minister of Foreign Affairs of Tessit.\n\n"
        "Mr. Kane told the press that he had brought a message of friendship.\n\n"
        "The Chief of State, for his part, reassured his guest of the support of his country."
    )
    assert_statements(body, [
        ("Hamid Kane", "indirect", "Mr. Kane told the press that he had brought a message of friendship."),
        ("Paul Mbemba", "indirect", "The Chief of State, for his part, reassured his guest of the support of his country."),
    ], title="The Chief of State receives an envoy of Tessit")


def test_the_dignitary_of_a_country_is_its_one_named():
    """"In his turn, the Velchian dignitary assured his interlocutor of …" (fifteenth styles rasova_mfa: an Eastern
    European ministry in translation): "dignitary" is any office, as "the Velchian official"."""
    body = (
        "The Minister of Foreign Affairs of Rasova, Ana Dobre, had a meeting today with the Secretary of State of "
        "Velchia, Dorin Vlasu.\n\n"
        "In his turn, the Velchian dignitary assured his interlocutor of the support of Velchia."
    )
    assert_statements(body, [
        ("Dorin Vlasu", "indirect", "In his turn, the Velchian dignitary assured his interlocutor of the support of "
         "Velchia."),
    ], title="Minister Dobre meets the Secretary of State of Velchia")


def test_dignitaries_are_a_group():
    """Guard: "The Velchian dignitaries praised …": the plural is a group, no one's statement."""
    body = (
        "The Minister of Foreign Affairs of Rasova, Ana Dobre, received a delegation of Velchia led by Dorin Vlasu.\n\n"
        "The Velchian dignitaries praised the hospitality of their hosts."
    )
    assert_statements(body, [], title="Minister Dobre receives a delegation of Velchia")


def test_the_head_of_the_demonym_diplomacy_is_that_foreign_minister():
    """"The head of the Rasovan diplomacy thanked …" (fifteenth styles rasova_mfa: a ministry's translation keeps
    the article before the adjective): that country's foreign minister, as "the head of Rasovan diplomacy"."""
    body = (
        "Minister of Foreign Affairs of Rasova Ana Dobre had a meeting today with the Secretary of State of Velchia, "
        "Dorin Vlasu.\n\n"
        "The head of the Rasovan diplomacy thanked Velchia for the constant support offered to our country."
    )
    assert_statements(body, [
        ("Ana Dobre", "indirect", "The head of the Rasovan diplomacy thanked Velchia for the constant support "
         "offered to our country."),
    ], title="Minister Dobre meets the Secretary of State of Velchia")



def test_a_quotation_one_person_quoted_another_as_saying():
    """"“…,” the press secretary quoted the prime minister as saying." (fifteenth styles sonarbhumi_pmo: a South
    Asian prime minister's office, whose press secretary briefs after the meeting): the words are the prime
    minister's; a quotation the press secretary says himself stays his."""
    body = (
        "Prime Minister Rina Sultana today met Ardalian Minister for Trade Lars Ekdal at her office.\n\n"
        "\u201cOur economic zones are open to Ardalian investors,\u201d PM\u2019s Press Secretary Kamal Hossain "
        "quoted the prime minister as saying.\n\n"
        "\u201cThe meeting was very warm,\u201d the press secretary said."
    )
    assert_statements(body, [
        ("Rina Sultana", "direct", "Our economic zones are open to Ardalian investors"),
        ("Kamal Hossain", "direct", "The meeting was very warm"),
    ], title="PM meets Ardalian trade minister")


def test_sought_investment_is_a_request():
    """"Prime Minister X today sought more Ardalian investment in …, saying …" (fifteenth styles sonarbhumi_pmo):
    asked for it, as "sought support"; a body's "sought investment" stays no one's."""
    body = (
        "Prime Minister Rina Sultana today sought more Ardalian investment in the country's economic zones, saying "
        "her government offers tax incentives.\n\n"
        "The state fund also sought investment in new power plants."
    )
    assert_statements(body, [
        ("Rina Sultana", "indirect", "Prime Minister Rina Sultana today sought more Ardalian investment in the "
         "country's economic zones, saying her government offers tax incentives."),
    ], title="PM seeks Ardalian investment")


def test_a_luncheon_offered_is_no_statement():
    """"At the end of this audience, HM the King offered a luncheon in honour of …" (fifteenth styles
    maghrabia_royal_cabinet): a meal given is a host's act, no words; "offered his condolences" and "offered a dinner
    invitation" stay statements."""
    body = (
        "His Majesty King Karim III received on Monday the President of Cassandria, Mr. Petru Albescu.\n\n"
        "The King offered his condolences for the victims of the floods in Cassandria.\n\n"
        "At the end of this audience, the King offered a luncheon in honour of the President.\n\n"
        "The King also offered a dinner invitation to the President's delegation."
    )
    assert_statements(body, [
        ("Karim III", "indirect", "The King offered his condolences for the victims of the floods in Cassandria."),
        ("Karim III", "indirect", "The King also offered a dinner invitation to the President's delegation."),
    ], title="HM the King receives the President of Cassandria")
