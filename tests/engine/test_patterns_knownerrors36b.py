"""Readings of known errors of labelled sets of other sources (stop 36): an office that sits in another's office
("the State Secretary for Foreign Affairs in the Office of the Prime Minister of Drevania, Mr X", twenty-seventh
hard set drevania_deputy_high_commissioner_call).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_in_the_office_of_another_is_the_first_office():
    """"… spoke by phone with the State Secretary for Foreign Affairs in the Office of the Prime Minister of Drevania,
    Mr Vojtan Stelko. Mr Stelko … The State Secretary also spoke to …" (twenty-seventh hard set
    drevania_deputy_high_commissioner_call): the office before the name is the State Secretary's; the Prime Minister's
    is only the body his office sits in, so "The State Secretary" is he."""
    body = (
        "Deputy High Commissioner Lena Barth spoke by phone on Wednesday with the State Secretary for Foreign Affairs "
        "in the Office of the Prime Minister of Castova, Mr Oren Velk.\n\n"
        "Mr Velk stressed that Castova had pledged further funds. The State Secretary also stressed that a donors' "
        "conference would follow in the autumn."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Mr Velk stressed that Castova had pledged further funds."),
        ("Oren Velk", "indirect", "The State Secretary also stressed that a donors' conference would follow in the "
                                  "autumn."),
    ])


def test_an_adviser_to_the_prime_minister_stays_the_advisers():
    """Guard: an office whose complement names another's ("Senior Adviser to the Prime Minister of Castova, Mr X")
    is still his office, and "the Prime Minister" is someone else."""
    body = (
        "Deputy High Commissioner Lena Barth spoke by phone on Wednesday with the Senior Adviser to the Prime Minister "
        "of Castova, Mr Oren Velk.\n\n"
        "Mr Velk stressed that Castova had pledged further funds. The Senior Adviser also stressed that a donors' "
        "conference would follow in the autumn."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Mr Velk stressed that Castova had pledged further funds."),
        ("Oren Velk", "indirect", "The Senior Adviser also stressed that a donors' conference would follow in the "
                                  "autumn."),
    ])
