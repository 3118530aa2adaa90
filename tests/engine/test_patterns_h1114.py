"""Helper h1114 (styles61, ICT and telecommunications ministries' and regulators' meetings): a minister's office whose
portfolio is written by its initials ("Federal Minister for IT and Telecommunication Ms. X", "Minister of ICT and
Innovation Y") or by an ICT portfolio's word ("Minister of Posts and Telecommunications Z") before the name is her
office, the "and" joining two portfolios of one minister, so that a later "the Minister" or "the Federal Minister" is
she; "It" at a sentence's start stays the pronoun."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_minister_for_it_and_telecommunication_before_the_name_is_her_office():
    body = (
        "Country Manager of Brellan Cloud Mr. Tovic Amsander called on Federal Minister for IT and Telecommunication "
        "Ms. Ulrike Ponsavar here on Tuesday.\n\n"
        "Talking to the country manager, the Federal Minister said Kelmora wanted every ministry's data to be hosted "
        "inside the country by 2028.\n\n"
        "The Minister assured him that the rules would be placed before the Cabinet in March."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "Talking to the country manager, the Federal Minister said Kelmora wanted "
         "every ministry's data to be hosted inside the country by 2028."),
        ("Ulrike Ponsavar", "indirect", "The Minister assured him that the rules would be placed before the Cabinet "
         "in March."),
    ])


def test_minister_for_it_alone_before_the_name():
    body = (
        "Mr. Tovic Amsander called on Minister for IT Ulrike Ponsavar on Tuesday.\n\n"
        "The Minister said the rules would be placed before the Cabinet in March."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Minister said the rules would be placed before the Cabinet in March."),
    ])


def test_minister_of_posts_and_telecommunications_is_one_minister():
    body = (
        "Mr. Tovic Amsander called on Minister of Posts and Telecommunications Ulrike Ponsavar on Tuesday.\n\n"
        "The Minister said the post offices would issue passports from March."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Minister said the post offices would issue passports from March."),
    ])


def test_minister_of_ict_and_innovation_is_one_minister():
    body = (
        "Mr. Tovic Amsander called on Minister of ICT and Innovation Ms. Ulrike Ponsavar on Tuesday.\n\n"
        "The Minister said the schools would be connected by 2028."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Minister said the schools would be connected by 2028."),
    ])


def test_it_at_a_sentence_start_stays_the_pronoun():
    # guard: "It" capitalised at the start of a sentence is the pronoun, no portfolio nor person
    body = (
        "The Minister of Health of Kelmora, Ms. Ulrike Ponsavar, received Mr. Tovic Amsander on Tuesday.\n\n"
        "It was agreed that the talks would continue in March.\n\n"
        "Ms. Ponsavar said the plant would open in 2027."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "Ms. Ponsavar said the plant would open in 2027."),
    ])
