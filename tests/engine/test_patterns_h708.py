"""Statements found by helper h708 (fivehundredthirtieth: the Islamic Development Bank's Presidents' meetings): general
patterns of English readouts the engine got wrong on that set.

Each test is a small invented readout (invented people, countries and bodies); each rule's test fails without it, and
guard tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_showed_satisfaction_is_a_feeling_voiced():
    """"He also showed satisfaction on the growing cooperation …": a feeling voiced, as "expressed satisfaction"."""
    assert_statements((
        "The Ambassador of Quenland, Pell Ardoway, called on the Governor of the Tarvel Fund, Orun Maskelle, in "
        "Tarvel.\n\n"
        "The ambassador congratulated the Governor on his new term. He also showed satisfaction on the growing "
        "cooperation between the Fund and Quenland."
    ), [
        ("Pell Ardoway", "indirect", "The ambassador congratulated the Governor on his new term."),
        ("Pell Ardoway", "indirect", "He also showed satisfaction on the growing cooperation between the Fund and "
                                     "Quenland."),
    ])


def test_showed_a_feeling_needs_its_preposition():
    """Guard: "The figures showed concern-raising trends" and a person who "showed the delegates the new port": no
    feeling voiced (no preposition after the feeling's noun, or no feeling at all)."""
    assert_statements((
        "The Governor of the Tarvel Fund, Orun Maskelle, received the Ambassador of Quenland, Pell Ardoway.\n\n"
        "The Governor showed the ambassador the new port."
    ), [])


def test_an_office_before_a_body_s_mixed_case_initials_is_its_holder():
    """"Dr. X, President Tarvel Investment Bank (TaIB)" and then "The President TaIB expressed …" (the Pakistani style
    for "the President of the TaIB"): the body's initials after the office name the body, so the office is X's, not
    a person named "TaIB"; and "TaIB also expressed support …" is the body's, no one's words."""
    assert_statements((
        "Prime Minister Orun Maskelle received Dr. Pell Ardoway, President Tarvel Investment Bank (TaIB), and members "
        "of his delegation in his office on Friday.\n\n"
        "The President TaIB expressed his appreciation of the Government policies for pursuing people centric "
        "growth.\n\n"
        "TaIB also expressed support for the Government's flagship housing program."
    ), [
        ("Pell Ardoway", "indirect", "The President TaIB expressed his appreciation of the Government policies for "
                                     "pursuing people centric growth."),
    ])


def test_a_surname_with_an_inner_capital_is_still_a_name():
    """Guard: "President DeVaal said …": a surname mixing cases but ending in lower case is a person's name."""
    assert_statements((
        "President Anton DeVaal of Quenland received the Ambassador of Tarvel on Monday.\n\n"
        "President DeVaal said the two countries would open a new consulate."
    ), [
        ("Anton DeVaal", "indirect", "President DeVaal said the two countries would open a new consulate."),
    ])


def test_a_delegation_headed_by_its_president_is_a_group():
    """"Earlier, a delegation of the Tarvel Investment Bank, headed by its President Dr X had called on … and
    appreciated …": the delegation that opens the clause is the subject, a group; its head, named inside it, says
    nothing of his own (GOLD-FORMAT: a group subject is no statement)."""
    assert_statements((
        "The President of the Tarvel Investment Bank, Dr. Pell Ardoway, said on Sunday the Bank would fund two new "
        "dams in Quenland.\n\n"
        "Earlier on May 3, a delegation of the Tarvel Investment Bank, headed by its President Dr Pell Ardoway had "
        "called on Prime Minister Orun Maskelle and appreciated the government for its reforms."
    ), [
        ("Pell Ardoway", "indirect", "The President of the Tarvel Investment Bank, Dr. Pell Ardoway, said on Sunday "
                                     "the Bank would fund two new dams in Quenland."),
    ])


def test_a_delegation_received_and_led_by_its_head_still_lets_the_host_speak():
    """Guard: "The Prime Minister received a delegation led by Minister X and thanked him …": the delegation is the
    object, so the verb after "and" is still the host's."""
    assert_statements((
        "Prime Minister Orun Maskelle received a delegation led by Minister Pell Ardoway and thanked him for the "
        "support of Quenland."
    ), [
        ("Orun Maskelle", "indirect", "Prime Minister Orun Maskelle received a delegation led by Minister Pell "
                                      "Ardoway and thanked him for the support of Quenland."),
    ])
