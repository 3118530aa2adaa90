"""Patterns found by helper h647's set fourhundredeightyfirst (the Royal Government of Bhutan's Ministry of Foreign
Affairs and External Trade, mfa.gov.bt): "His Excellency X, Office of Y is in Z …", an office after the name's comma
with no comma closing it, is still the name's own aside when only "His"/"Her" of the style comes before the name; so
the bare office later ("The External Affairs Minister …", "He …") is that person, not a later-named holder of a
similar office.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

VISIT = (
    "His Excellency Dr. Arun Velkar, External Affairs Minister of Norland is in Tarvia for an official visit, at the "
    "invitation of Lyonpo Dr. Pema Wangdi, Minister for Foreign Affairs.\n\n"
    "The External Affairs Minister received an Audience with His Majesty The King. He also met with Lyonpo Dr. Pema "
    "Wangdi and discussed matters of mutual interest."
)


def test_an_unclosed_office_after_his_excellency_name_is_his():
    """"His Excellency Dr. Arun Velkar, External Affairs Minister of Norland is in …": the office is Velkar's though no
    comma closes it, so "The External Affairs Minister" and "He" are Velkar (before, the office was no one's and the
    bare office went to Pema Wangdi, the later-named "Minister for Foreign Affairs")."""
    assert_statements(VISIT, [
        ("Arun Velkar", "indirect", "He also met with Lyonpo Dr. Pema Wangdi and discussed matters of mutual interest."),
    ])


def test_an_unclosed_office_after_a_name_opening_the_sentence_still_read():
    """Guard: the name opening its sentence with no style before it was read so already."""
    body = VISIT.replace("His Excellency Dr. Arun Velkar", "Arun Velkar")
    assert_statements(body, [
        ("Arun Velkar", "indirect", "He also met with Lyonpo Dr. Pema Wangdi and discussed matters of mutual interest."),
    ])


def test_a_name_mid_sentence_with_an_unclosed_office_is_not_widened():
    """Guard: "His" not opening the sentence ("… met His Excellency X, Office of Y and …") is no subject's aside: the
    rule holds only where "His"/"Her" opens the sentence."""
    body = ("The King received His Excellency Dr. Arun Velkar, External Affairs Minister of Norland and Lyonpo Dr. Pema "
            "Wangdi, Minister for Foreign Affairs, on Monday.\n\n"
            "The Minister for Foreign Affairs said that ties are strong.")
    assert_statements(body, [
        ("Pema Wangdi", "indirect", "The Minister for Foreign Affairs said that ties are strong."),
    ])
