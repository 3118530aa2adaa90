"""Readings of real Kremlin text of stop 29 (hundred-ninety-eighth): a company's two offices held by
one person, and the words that open a sentence inside a carried-on report.

Each test is a small invented readout (invented people, invented companies and regions) and the
statements GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps
what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_companys_two_offices_before_one_name_are_one_person():
    """"Velgas CEO and Board Chairman Oleg Darin briefed the President on …": a company's name (a
    word the tables do not know), an office, "and", a second office, then one name: one person with
    two offices, not two people."""
    body = (
        "Petr Halen had a working meeting with Velgas CEO and Board Chairman Oleg Darin.\n\n"
        "Velgas CEO and Board Chairman Oleg Darin briefed the President on the company’s gas supplies "
        "to the domestic market.\n\n"
        "Mr Darin said that deliveries had risen by ten percent."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Velgas CEO and Board Chairman Oleg Darin briefed the President on the company’s "
                                   "gas supplies to the domestic market."),
        ("Oleg Darin", "indirect", "Mr Darin said that deliveries had risen by ten percent."),
    ])


def test_an_office_holder_and_another_office_holder_stay_two():
    """Guard: "Minister Anton Brask and Governor Oleg Darin said …", "President Halen and Prime Minister
    Anton Brask stressed …": a name before the 'and' makes two people, whatever follows."""
    body = (
        "Minister Anton Brask and Governor Oleg Darin said that the bridge would open in May.\n\n"
        "President Halen and Prime Minister Anton Brask stressed that trade had grown.\n\n"
        "Mr Darin said that the region was ready."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Mr Darin said that the region was ready."),
    ])
