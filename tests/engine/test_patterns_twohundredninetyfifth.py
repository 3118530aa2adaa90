"""Readings of real UK and devolved-government text of stop 32 (two-hundred-ninety-fifth): a devolved
government's "First Minister" named at a sentence's start, whom a bare "The First Minister" later means, and
Hong Kong, a territory a gov.uk readout names as a party, never a person.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "First Minister meets Prime Minister"


def test_a_first_minister_named_at_a_sentences_start_is_the_bare_first_minister():
    """"First Minister Nicola Sturgeon met with Prime Minister David Cameron at her official residence Bute House.
    … The First Minister welcomed a commitment by the Prime Minister … The First Minister said the meeting was a
    constructive first step." (two-hundred-ninety-fifth cameron): "First Minister" at a sentence's start is the
    office, not the adverb "First" before a minister, so "The First Minister" is the one so named."""
    body = (
        "First Minister Oren Vask met with Prime Minister Tal Dorn at his official residence in Sarin.\n\n"
        "The First Minister welcomed a commitment by the Prime Minister to look at new proposals.\n\n"
        "The First Minister said the meeting was a constructive first step."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The First Minister welcomed a commitment by the Prime Minister to look at new proposals."),
        ("Oren Vask", "indirect", "The First Minister said the meeting was a constructive first step."),
    ], title=TITLE)


def test_first_guard_the_sequence_adverb_before_a_minister_stays_an_adverb():
    """Guard: "First, Minister X …": the adverb with its comma opens a list, the minister is a plain minister."""
    body = (
        "First, Minister Oren Vask visited a school in Sarin.\n\n"
        "The Minister stressed that the visit had been useful."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The Minister stressed that the visit had been useful."),
    ], title="Minister visits Sarin")


def test_hong_kong_named_with_a_country_as_a_party_is_no_speaker():
    """"The UK and Hong Kong have agreed to work together on healthcare policy …" (two-hundred-ninety-fifth
    hong_kong): two parties that agree, a pair, not a person "Hong Kong"."""
    body = (
        "Minister Oren Vask of Sarin signed a memorandum on health with Hong Kong.\n\n"
        "The UK and Hong Kong have agreed to work together on healthcare policy, including on primary care.\n\n"
        "Ambassador Tal Dorn commented:\n\n"
        "We are pleased to have agreed this memorandum."
    )
    assert_statements(body, [
        ("Tal Dorn", "direct", "We are pleased to have agreed this memorandum."),
    ], title="Sarin and Hong Kong sign a memorandum on health")


def test_hong_kong_guard_a_person_still_speaks_of_it():
    """Guard: one who speaks of Hong Kong still speaks ("Mr X said Hong Kong was …")."""
    body = (
        "Minister Oren Vask met the Chief Executive of Hong Kong in Sarin.\n\n"
        "Mr Vask said Hong Kong was a valued partner of Sarin."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said Hong Kong was a valued partner of Sarin."),
    ], title="Minister meets Chief Executive")


def test_may_after_a_first_name_is_a_surname():
    """"Prime Minister Theresa May today held a bilateral meeting with President Moon … The Prime Minister praised
    President Moon …" (two-hundred-ninety-fifth moon): after a first name, "May" is the surname, not the modal verb
    that ends a phrase, so the Prime Minister is "Anna May", not "Anna"."""
    body = (
        "Prime Minister Anna May today held a bilateral meeting with President Tal Dorn of Sarin.\n\n"
        "The Prime Minister praised President Dorn for the steps he had taken."
    )
    assert_statements(body, [
        ("Anna May", "indirect", "The Prime Minister praised President Dorn for the steps he had taken."),
    ], title="PM meeting with President Dorn")


def test_may_guard_the_month_before_a_title_stays_a_month():
    """Guard: "In May, Minister X said …": the month opens the sentence, no one's surname."""
    body = (
        "In May, Minister Oren Vask said that the port of Sarin had been rebuilt.\n\n"
        "Mr Vask added that trade had grown."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "In May, Minister Oren Vask said that the port of Sarin had been rebuilt."),
        ("Oren Vask", "indirect", "Mr Vask added that trade had grown."),
    ], title="Minister on the port")
