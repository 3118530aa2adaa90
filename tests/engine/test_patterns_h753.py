"""Statements found by helper h753's set fivehundredsixtysixth (Pakistan's Finance Division releases as Pakistani papers
print them): a wire's bare "here" between the subject and its verb ("Federal Minister for Finance and Revenue, X here on
Wednesday underscored that …", "X here said …"), the place of the report, not a word of the name.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_here_between_a_named_subject_and_its_verb_is_where():
    """"Minister X here on Wednesday underscored that …", "X here said …", "X here today said …": the subject is X (before,
    "here" ended no phrase and no one spoke)."""
    assert_statements((
        "Federal Minister for Finance and Revenue, Kello Darvin here on Wednesday underscored that Vostria had "
        "long-standing ties with Norvane, which needed to be further expanded.\n\n"
        "Ambassador Ilse Varnow here said that both countries enjoyed excellent economic relations.\n\n"
        "Minister Pell Dunmore here today stressed that exports were the first priority of the government."
    ), [
        ("Kello Darvin", "indirect", "Federal Minister for Finance and Revenue, Kello Darvin here on Wednesday "
                                     "underscored that Vostria had long-standing ties with Norvane, which needed to be "
                                     "further expanded."),
        ("Ilse Varnow", "indirect", "Ambassador Ilse Varnow here said that both countries enjoyed excellent economic "
                                    "relations."),
        ("Pell Dunmore", "indirect", "Minister Pell Dunmore here today stressed that exports were the first priority of "
                                     "the government."),
    ])


def test_here_after_one_capitalised_word_is_left_alone():
    """Guard: "Everyone here welcomed …", "Nobody here said …": one capitalised word names no one, so "here" after it
    is no reporter's place and no one speaks."""
    assert_statements((
        "Prime Minister Dana Morvik visited the terminal in Port Selm.\n\n"
        "Everyone here welcomed the repair of the berths.\n\n"
        "Nobody here said that the work would stop."
    ), [])
