"""Statements found by helper h841 (sixhundredtwentyninth, the Government of The Bahamas' releases):
- "Prime Minister X accepted … from the Premier of <islands>, the Hon. Y. … “…,” the Premier told Prime Minister X."
  (the Bahamas Information Service): the bare "the Premier" is the one titled Premier, not the Prime Minister whom
  the office may also mean (before, the quotation went to the Prime Minister, the one told).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_premier_is_the_one_titled_premier_not_the_prime_minister():
    """Before, the quotation was Dorin Makepeace's, the Prime Minister told."""
    assert_statements((
        "Prime Minister of Velmora, Dorin Makepeace, has accepted a donation of water pumps from the Premier of the "
        "Tarrow Islands, the Hon. Cassius Orrin.\n\n"
        "“We know what a flood does, and we stand ready to help again,” the Premier told Prime Minister Makepeace."
    ), [
        ("Cassius Orrin", "direct", "We know what a flood does, and we stand ready to help again,"),
    ])


def test_a_countrys_premier_is_still_picked_by_the_country():
    """Guard: "the Velmoran premier" is Velmora's head of government, the Prime Minister, though a Premier of
    another place is named too."""
    assert_statements((
        "Prime Minister of Velmora Dorin Makepeace met the Premier of the Tarrow Islands, Cassius Orrin.\n\n"
        "The Velmoran premier noted that trade had grown by a third last year."
    ), [
        ("Dorin Makepeace", "indirect", "The Velmoran premier noted that trade had grown by a third last year."),
    ])
