"""Statements found by helper h747 (fivehundredsixtieth, a city's releases in English): "Mayor X introduced major
issues in <city>, such as …", the city's issues put before a guest, an account given.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_introduced_major_issues_in_the_city_is_an_account_given():
    """"Mayor Tull introduced major issues in Orsk, such as …": an account given to the guest, as "introduced the
    situation in …"; before, "introduced" with a bare adjective and "issues" was no speech."""
    assert_statements((
        "Orsk Mayor Brandt Tull met with Velmar's Consul General Ina Roshe at City Hall on Monday.\n\n"
        "Mayor Tull introduced major issues in Orsk, such as hosting the 2031 Harbour Fair and the new airport."
    ), [
        ("Brandt Tull", "indirect", "Mayor Tull introduced major issues in Orsk, such as hosting the 2031 Harbour "
                                    "Fair and the new airport."),
    ])


def test_introduced_new_issues_of_bonds_is_no_speech():
    """Guard: "introduced new issues of bonds" is an act of the treasury, no account given."""
    assert_statements((
        "Orsk Mayor Brandt Tull met with Velmar's Consul General Ina Roshe at City Hall on Monday.\n\n"
        "Last year Mayor Tull introduced new issues of city bonds for the port."
    ), [])


def test_a_short_fact_clause_before_and_a_named_speaker_is_the_readouts():
    """"The port is Orsk’s largest employer and Mayor Tull said that …": the copula's short clause before "and"
    is the readout's own fact, the statement starts at the speaker (GOLD-FORMAT: a sentence is cut at the clause
    boundary); before, all of it was his."""
    assert_statements((
        "Orsk Mayor Brandt Tull met with Velmar's Consul General Ina Roshe at City Hall on Monday.\n\n"
        "The port is Orsk’s largest employer and Mayor Tull said that he looks forward to closer ties in "
        "shipping and tourism."
    ), [
        ("Brandt Tull", "indirect", "Mayor Tull said that he looks forward to closer ties in shipping and tourism."),
    ])


def test_a_clause_with_no_copula_before_and_a_named_speaker_stays_his():
    """Guard: "After the talks Mayor Tull said that …", an adverbial and no clause of its own before the speaker: the
    sentence stays whole, his."""
    assert_statements((
        "Orsk Mayor Brandt Tull met with Velmar's Consul General Ina Roshe at City Hall on Monday.\n\n"
        "After the talks Mayor Tull said that he looks forward to closer ties in shipping and tourism."
    ), [
        ("Brandt Tull", "indirect", "After the talks Mayor Tull said that he looks forward to closer ties in shipping "
                                    "and tourism."),
    ])
