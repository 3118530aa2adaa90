"""Constructions the forty-second hard set (benchmarks/hard42: Belarus- and Kremlin-like talks with three or more men in
play) showed: a "He" opening a paragraph right after another man's quotation, whose verb's object names that man ("He
informed the Selvarian leader that …") or a pair that holds him ("He instructed the governor and the Deputy Prime
Minister to …").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_CALL = (
    "President of Ostgard Hugo Brannik had a telephone conversation with President of Selvaria Matej Korun.\n\n"
    "Matej Korun thanked for the call. \u201cWe value your support,\u201d the Selvarian President said.\n\n"
)


def test_he_who_informs_the_leader_just_quoted_is_the_other_president():
    """"He informed the Selvarian leader that …" after the Selvarian President's quotation: the one informed is not the
    one who informs; the He is the other president (before: the Selvarian, the last subject)."""
    assert_statements(_CALL + "He informed the Selvarian leader that a delegation would travel to Selvaria next week.", [
        ("Matej Korun", "indirect", "Matej Korun thanked for the call."),
        ("Matej Korun", "direct", "We value your support"),
        ("Hugo Brannik", "indirect",
         "He informed the Selvarian leader that a delegation would travel to Selvaria next week."),
    ])


def test_he_who_informs_the_other_leader_stays_the_one_just_quoted():
    """Guard: the object names the other president; the He stays the last subject, the man just quoted."""
    assert_statements(_CALL + "He informed the Ostgardian leader that a delegation would travel to Ostgard next week.", [
        ("Matej Korun", "indirect", "Matej Korun thanked for the call."),
        ("Matej Korun", "direct", "We value your support"),
        ("Matej Korun", "indirect",
         "He informed the Ostgardian leader that a delegation would travel to Ostgard next week."),
    ])


_MEETING = (
    "President Anton Velesky held a working meeting with Governor of Norrin Region Pavel Ostrik. Deputy Prime "
    "Minister Ilya Marchuk also took part.\n\n"
    "The President asked about the repairs. \u201cPlease check every house,\u201d the head of state said.\n\n"
    "The governor assured that the repairs were complete. \u201cNo family is left without a roof,\u201d Pavel Ostrik "
    "said.\n\n"
)


def test_he_who_instructs_a_pair_holding_the_man_just_quoted_is_someone_else():
    """"He instructed the governor and the Deputy Prime Minister to …" after the governor's quotation: neither of the
    pair instructed is the one who instructs; the He is the President (before: the governor)."""
    assert_statements(_MEETING + "He instructed the governor and the Deputy Prime Minister to prepare a plan.", [
        ("Anton Velesky", "indirect", "The President asked about the repairs."),
        ("Anton Velesky", "direct", "Please check every house"),
        ("Pavel Ostrik", "indirect", "The governor assured that the repairs were complete."),
        ("Pavel Ostrik", "direct", "No family is left without a roof"),
        ("Anton Velesky", "indirect", "He instructed the governor and the Deputy Prime Minister to prepare a plan."),
    ])


def test_he_who_instructs_a_pair_of_others_stays_the_one_just_quoted():
    """Guard: a pair that does not hold the man just quoted ("the mayors and the district heads"); the He stays him."""
    assert_statements(_MEETING + "He instructed the mayors and the district heads to prepare a plan.", [
        ("Anton Velesky", "indirect", "The President asked about the repairs."),
        ("Anton Velesky", "direct", "Please check every house"),
        ("Pavel Ostrik", "indirect", "The governor assured that the repairs were complete."),
        ("Pavel Ostrik", "direct", "No family is left without a roof"),
        ("Pavel Ostrik", "indirect", "He instructed the mayors and the district heads to prepare a plan."),
    ])


_PRIME_MINISTERS = (
    "President Anton Velesky met with Prime Minister of Dravia Oskar Lenhart. Prime Minister of Norrin Ilya Marchuk "
    "took part in the meeting.\n\n"
    "The President said that the two governments had worked well.\n\n"
    "Ilya Marchuk thanked his counterpart for the constructive approach.\n\n"
)


def test_his_counterpart_holds_the_office_of_the_one_whose_counterpart_he_is():
    """"Ilya Marchuk [Prime Minister] thanked his counterpart … His counterpart added …" with a President there too:
    the other Prime Minister, not the President who leads the readout (before: the President)."""
    assert_statements(_PRIME_MINISTERS + "His counterpart added that Dravia was ready to sell more grain.", [
        ("Anton Velesky", "indirect", "The President said that the two governments had worked well."),
        ("Ilya Marchuk", "indirect", "Ilya Marchuk thanked his counterpart for the constructive approach."),
        ("Oskar Lenhart", "indirect", "His counterpart added that Dravia was ready to sell more grain."),
    ])


def test_his_guest_is_still_read_as_before():
    """Guard: "His guest" (not "counterpart") is not narrowed to the owner's office: the President's guest, as before."""
    body = (
        "President Anton Velesky met with Prime Minister of Dravia Oskar Lenhart.\n\n"
        "The President said that the two governments had worked well.\n\n"
        "His guest added that Dravia was ready to sell more grain."
    )
    assert_statements(body, [
        ("Anton Velesky", "indirect", "The President said that the two governments had worked well."),
        ("Oskar Lenhart", "indirect", "His guest added that Dravia was ready to sell more grain."),
    ])
