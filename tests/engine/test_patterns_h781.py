"""Statements found by helper h781 among the known errors of the labelled sets (fourhundredsixtyfifth's Barbados
releases): "the Canadian envoy" for a visiting minister of that country when no one of it holds an envoy's office, and
the office of a "when" clause's subject whose name's closing comma was left out ("… a courtesy call when the Canadian
Minister of State of Foreign Affairs, X called on …"); and fourhundredtwentysixth's White House readout: a point "made
clear that …" argued on to its paragraph's end ("… The Constitution is explicit about this obligation. It is not
negotiable or conditional.") is the speaker's report, as after "stressed that".

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


def test_a_point_made_clear_goes_on_in_its_paragraph():
    """"President X made clear that it is their shared duty not to allow a default. The Constitution is explicit about
    this obligation. It is not negotiable or conditional.": the point made clear argued on to the paragraph's end, no
    one named and nothing told as being done, is his report, as after "stressed that"."""
    assert_statements((
        "President Karl Dorn hosted Speaker Ada Brell in the Palace this afternoon.\n\n"
        "President Dorn made clear that it is their shared duty not to allow a default. The Constitution is explicit "
        "about this obligation. It is not negotiable or conditional.\n\n"
        "The President and the Speaker agreed to continue the conversation."
    ), [
        ("Karl Dorn", "indirect", "President Dorn made clear that it is their shared duty not to allow a default."),
        ("Karl Dorn", "indirect", "The Constitution is explicit about this obligation."),
        ("Karl Dorn", "indirect", "It is not negotiable or conditional."),
    ])


def test_a_point_made_clear_does_not_carry_the_readouts_account_of_what_is_being_done():
    """Guard: "President X made it clear that he is leading … . The Palace is demonstrating it will use all of its tools
    … . Fund managers are making commitments as well.": what is being done is the readout's own account."""
    assert_statements((
        "President Karl Dorn met fund managers in the Palace this afternoon.\n\n"
        "President Dorn made it clear that he is leading the most pro-labour government in history. The Palace is "
        "demonstrating it will use all of its tools to promote fair pay. Fund managers are making commitments as well."
    ), [
        ("Karl Dorn", "indirect", "President Dorn made it clear that he is leading the most pro-labour government in "
                                  "history."),
    ])
