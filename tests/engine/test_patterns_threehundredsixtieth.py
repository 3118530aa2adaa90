"""Readings of real Kremlin text of stop 36 (three-hundred-sixtieth): en.kremlin.ru news of March 2013.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_one_whose_birth_a_title_marks_is_not_the_host():
    """"100th anniversary of the birth of Sergei Mikhalkov" / "… The President said that Sergei Mikhalkov’s creative work
    …" (three-hundred-sixtieth kremlin_17663): the poet whose birth the title marks is commemorated, not the host; the
    body's "The President" is the head of state who met his family."""
    body = (
        "March 4 marks the 100th anniversary of the birth of Ilan Dorr. Oren Vask met the poet’s family in Vestra.\n\n"
        "The President said that Ilan Dorr’s poems are of great significance in Kaldoria’s history. "
        "Mr Vask discussed the celebration plans with the poet’s family."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President said that Ilan Dorr’s poems are of great significance in Kaldoria’s history."),
        ("Oren Vask", "indirect", "Mr Vask discussed the celebration plans with the poet’s family."),
    ], title="100th anniversary of the birth of Ilan Dorr")


def test_a_title_host_before_a_birth_of_a_thing_stays_the_host():
    """Guard: "Oren Vask marks the birth of the national theatre": no name after "birth of"; the title's first name
    is still the host whom the body's "The President" means."""
    body = (
        "Oren Vask and Lida Sorn attended a gala in Vestra.\n\n"
        "The President said that the theatre is of great significance in Kaldoria’s history."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President said that the theatre is of great significance in Kaldoria’s history."),
    ], title="Oren Vask marks the birth of the national theatre")
