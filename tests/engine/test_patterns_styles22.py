"""Constructions the twenty-second styles set (foreign ministries' English readouts of talks and calls, invented states)
showed the engine missing.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_head_of_a_countrys_foreign_policy_agency_is_its_foreign_minister():
    """"The head of the Doskari foreign policy agency noted …" (the Central Asian ministries' English for the ministry):
    that country's foreign minister, named before; before, the sentence was nobody's (styles22
    belgarstan_tokabayev_receives_hazranian_ambassador)."""
    body = (
        "Minister of Foreign Affairs of the Republic of Doskara Aibol Temirkhan received Ambassador of Vellmark "
        "Jan Hokeberg.\n\n"
        "Aibol Temirkhan thanked the diplomat for his work. The head of the Doskari foreign policy agency noted that "
        "trade had grown by a fifth. The head of the Doskari foreign policy service added that a new air route "
        "would open in May."
    )
    assert_statements(body, [
        ("Aibol Temirkhan", "indirect", "Aibol Temirkhan thanked the diplomat for his work."),
        ("Aibol Temirkhan", "indirect", "The head of the Doskari foreign policy agency noted that trade had grown by a "
                                        "fifth."),
        ("Aibol Temirkhan", "indirect", "The head of the Doskari foreign policy service added that a new air route "
                                        "would open in May."),
    ])


def test_the_head_of_another_countrys_foreign_policy_agency_is_not_the_foreign_minister_named():
    """Guard: the head of the guest country's agency is not the host's foreign minister."""
    body = (
        "Minister of Foreign Affairs of the Republic of Doskara Aibol Temirkhan received Ambassador of Vellmark "
        "Jan Hokeberg.\n\n"
        "Aibol Temirkhan thanked the diplomat for his work. The head of the Vellmarian foreign policy agency noted "
        "that trade had grown by a fifth."
    )
    result = assert_statements(body, [
        ("Aibol Temirkhan", "indirect", "Aibol Temirkhan thanked the diplomat for his work."),
    ])
    assert not any(s.speaker == "Aibol Temirkhan" and "Vellmarian" in s.text for s in result.statements)


def test_the_head_of_a_nations_delegation_is_of_that_nation():
    """"The Doskari delegation was headed by Deputy Minister X, the Vellmarian delegation by Director-General of the
    Asian Affairs Bureau Y. … According to the Vellmarian diplomat, …": Y, who heads that nation's delegation (the
    second clause without its verb); before, neither head had a nation (Y's was read from his bureau's name) and the
    sentence was nobody's (styles22 belgarstan_nanbara_political_consultations)."""
    body = (
        "Political consultations between the foreign ministries of Doskara and Vellmark were held in Ardash. The Doskari "
        "delegation was headed by Deputy Minister of Foreign Affairs Aibol Temirkhan, the Vellmarian delegation by "
        "Director-General of the European Affairs Bureau Jan Hokeberg.\n\n"
        "Aibol Temirkhan briefed his counterpart on the reforms. According to the Vellmarian diplomat, trade has "
        "doubled over five years."
    )
    assert_statements(body, [
        ("Aibol Temirkhan", "indirect", "Aibol Temirkhan briefed his counterpart on the reforms."),
        ("Jan Hokeberg", "indirect", "According to the Vellmarian diplomat, trade has doubled over five years."),
    ])


def test_one_who_receives_a_nations_delegation_is_not_of_that_nation():
    """Guard: "The Vellmarian delegation was received by Deputy Minister X": he receives it, he does not head it; the
    Vellmarian diplomat is not he."""
    body = (
        "Political consultations were held in Ardash. The Vellmarian delegation was received by Deputy Minister of "
        "Foreign Affairs Aibol Temirkhan.\n\n"
        "Aibol Temirkhan briefed the guests on the reforms. According to the Vellmarian diplomat, trade has "
        "doubled over five years."
    )
    result = assert_statements(body, [
        ("Aibol Temirkhan", "indirect", "Aibol Temirkhan briefed the guests on the reforms."),
    ])
    assert not any(s.speaker and "Temirkhan" in s.speaker and "Vellmarian" in s.text for s in result.statements)
