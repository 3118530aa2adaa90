"""Constructions found by helper h591's set hard50 (offices and styles the engine sees rarely): a Chargé d'affaires,
"a.i." or not, with the accent or without; an office "of its" body ("led by the Chairman of its Budget Committee, Mr.
X"); an office of a federation's member state named in lower case ("the Minister-President of the federated state of
X"). Each is first named with the name and then referred back to by the office alone.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_charge_d_affaires_ad_interim_is_the_charge_d_affaires():
    """"the Chargé d'affaires a.i. of the Republic of Quisterra, Mr. Anselo Drubek, … The Chargé d'affaires informed
    Her Excellency that …" (hard50 tarrowen): the office held ad interim is the Chargé d'affaires, with or without
    "a.i." after; before, "Chargé d'affaires" was no office at all and both sentences were no one's."""
    body = (
        "The Governor-General of Pallow, Dame Ottla Brenk, today received the Chargé d'affaires a.i. of the "
        "Republic of Vostrany, Mr. Ilo Parrat.\n\n"
        "The Chargé d'affaires informed Her Excellency that a trade mission would travel to Pallow in May.\n\n"
        "The Chargé d'affaires a.i. also invited the Governor-General to open the Vostranian film week."
    )
    assert_statements(body, [
        ("Ilo Parrat", "indirect",
         "The Chargé d'affaires informed Her Excellency that a trade mission would travel to Pallow in May."),
        ("Ilo Parrat", "indirect",
         "The Chargé d'affaires a.i. also invited the Governor-General to open the Vostranian film week."),
    ], title="Governor-General receives the Chargé d'affaires a.i. of Vostrany")


def test_charge_d_affaires_without_accent():
    """"the Charge d'Affaires of the Embassy of Z, Mr. Y … The Charge d'Affaires thanked …" (hard50 halvenport): the
    office written without its accent is the same office."""
    body = (
        "The Rector of the University of Dellwick, Professor Anna Strell, and the Charge d'Affaires of the Embassy of "
        "Vostrany, Mr. Ilo Parrat, signed an agreement on scholarships.\n\n"
        "The Charge d'Affaires thanked the University and said that his Government would cover the travel costs."
    )
    assert_statements(body, [
        ("Ilo Parrat", "indirect",
         "The Charge d'Affaires thanked the University and said that his Government would cover the travel costs."),
    ], title="Rector signs scholarship agreement")


def test_charge_d_affaires_is_not_the_ambassador():
    """Guard: a Chargé d'affaires a.i. is no Ambassador: "The Ambassador said" stays the Ambassador's."""
    body = (
        "Minister Tova Rask received the Ambassador of Kellany, Mr. Emo Drav, and the Chargé d'affaires a.i. of "
        "Vostrany, Mr. Ilo Parrat.\n\n"
        "The Ambassador said that Kellany would open a consulate in the north."
    )
    assert_statements(body, [
        ("Emo Drav", "indirect", "The Ambassador said that Kellany would open a consulate in the north."),
    ], title="Minister receives two diplomats")


def test_office_of_its_body_after_led_by():
    """"a delegation of the Estravan National Assembly led by the Chairman of its Foreign Affairs Committee, Mr. X … The
    Chairman stated that …" (hard50 morvesta): the office of the body "its" names is his, the Chairman of the
    committee; before, only "led by its President, Mr. X" was read, and "The Chairman stated" was no one's."""
    body = (
        "The Speaker of Garvany, Tolen Amsk, received a delegation of the Vostran Assembly led by the Chairman of its "
        "Budget Committee, Mr. Pell Orvik.\n\n"
        "The Chairman stated that Vostra saw Garvany as its first partner in the region."
    )
    assert_statements(body, [
        ("Pell Orvik", "indirect", "The Chairman stated that Vostra saw Garvany as its first partner in the region."),
    ], title="Speaker receives a delegation")


def test_office_of_a_federated_state_in_lower_case():
    """"the Minister-President of the federated state of Nordlauen, Dr. Hiltrud Wessenbrack, … The Minister-President
    also spoke about …" (hard50 harrowcombe): the lower-case "of the (federated) state of X" closes her office; before,
    the office was lost and the sentence no one's."""
    body = (
        "The Lord Mayor of Dorn, Alderman Tolen Amsk, hosted the Minister-President of the federated state of Vostra, "
        "Dr. Pella Orvik.\n\n"
        "The Minister-President also spoke about the shortage of skilled workers and proposed a joint scheme."
    )
    assert_statements(body, [
        ("Pella Orvik", "indirect",
         "The Minister-President also spoke about the shortage of skilled workers and proposed a joint scheme."),
    ], title="Lord Mayor hosts the Minister-President of Vostra")


def test_state_of_a_lower_case_thing_is_no_office():
    """Guard: "of the state of" before words in lower case names no member state ("the Minister of the state of
    emergency"), nor is the office cut when the words before it are no whole office."""
    from readout_tui.engine.name_offices import _office_of_a_state

    assert _office_of_a_state("Minister of the state of emergency planning") is None
    assert _office_of_a_state("Talks of the state of Vostra") is None
    office = _office_of_a_state("Governor of the state of Vostra")
    assert office is not None and office.role == "governor"


def test_her_royal_highness_is_the_woman_of_two_so_styled():
    """"His Royal Highness the Grand Duke Florestan received Her Royal Highness Crown Princess Amalthea … "…," Her
    Royal Highness said." (hard50 lorvenburg): of two royal highnesses, "Her" is the woman; before, the words were the Grand
    Duke's, whose first name tells no gender."""
    body = (
        "His Royal Highness the Grand Duke Ormund received Her Royal Highness Crown Princess Ilvara of Tessmark at the "
        "Palace on Tuesday.\n\n"
        "The Crown Princess thanked the Grand Duke for his invitation.\n\n"
        "\"Small countries have to choose where to be excellent,\" Her Royal Highness said."
    )
    assert_statements(body, [
        ("Ilvara", "indirect", "The Crown Princess thanked the Grand Duke for his invitation."),
        ("Ilvara", "direct", "Small countries have to choose where to be excellent"),
    ], title="The Grand Duke receives the Crown Princess")


def test_his_royal_highness_stays_the_man_of_two_so_styled():
    """Guard: "His Royal Highness said" of the same two is the Grand Duke, not the Crown Princess known to be a woman."""
    body = (
        "His Royal Highness the Grand Duke Ormund received Her Royal Highness Crown Princess Ilvara of Tessmark at the "
        "Palace on Tuesday.\n\n"
        "The Crown Princess thanked the Grand Duke for his invitation.\n\n"
        "\"Our door is always open,\" His Royal Highness said."
    )
    assert_statements(body, [
        ("Ilvara", "indirect", "The Crown Princess thanked the Grand Duke for his invitation."),
        ("Ormund", "direct", "Our door is always open"),
    ], title="The Grand Duke receives the Crown Princess")
