"""Statements found by helper h781 among the known errors of the labelled sets (fourhundredsixtyfifth's Barbados
releases): "the Canadian envoy" for a visiting minister of that country when no one of it holds an envoy's office, and
the office of a "when" clause's subject whose name's closing comma was left out ("… a courtesy call when the Canadian
Minister of State of Foreign Affairs, X called on …").

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_countrys_envoy_is_its_visiting_minister_when_no_envoy_of_it_is_named():
    """"the Varnian Minister of State of Foreign Affairs, X, called on … In turn, the Varnian envoy stated …": no one of
    Varnia holds an envoy's office, so "the Varnian envoy" is its minister sent abroad."""
    assert_statements((
        "Trade and education were the focal points of a call when the Varnian Minister of State of Foreign Affairs, "
        "Karl Dorn, called on the Minister of Foreign Affairs, Ada Brell, at the Ministry.\n\n"
        "Minister Brell stressed that Varnia is the region's largest partner.\n\n"
        "In turn, the Varnian envoy stated that the two nations shared similar values."
    ), [
        ("Ada Brell", "indirect", "Minister Brell stressed that Varnia is the region's largest partner."),
        ("Karl Dorn", "indirect", "In turn, the Varnian envoy stated that the two nations shared similar values."),
    ])


def test_a_countrys_envoy_is_never_its_head_of_government():
    """Guard: "The Varnian Prime Minister, X, sent a message … The Varnian envoy stated …": a head of government (a
    minister by name) sends envoys, he is none; the envoy, unnamed, is no one the readout names."""
    assert_statements((
        "The Varnian Prime Minister, Karl Dorn, sent a message to the Minister of Foreign Affairs, Ada Brell.\n\n"
        "Minister Brell stressed that Varnia is the region's largest partner.\n\n"
        "In turn, the Varnian envoy stated that the two nations shared similar values."
    ), [
        ("Ada Brell", "indirect", "Minister Brell stressed that Varnia is the region's largest partner."),
    ])


def test_the_office_of_a_when_clauses_subject_whose_closing_comma_is_left_out():
    """"… a recent courtesy call when the Varnian Minister of Trade, X called on …": the office set off before the
    name is his, though no comma closes the name before the verb, so "The Minister of Trade" later is he."""
    assert_statements((
        "Investment was the focal point of a recent courtesy call when the Varnian Minister of Trade, Karl Dorn called "
        "on the Minister of Foreign Affairs, Ada Brell, at the Ministry's headquarters.\n\n"
        "Minister Brell stressed that Varnia is the region's largest partner.\n\n"
        "The Minister of Trade stated that the two nations shared similar values."
    ), [
        ("Ada Brell", "indirect", "Minister Brell stressed that Varnia is the region's largest partner."),
        ("Karl Dorn", "indirect", "The Minister of Trade stated that the two nations shared similar values."),
    ])
