"""Patterns found by the hundred-seventeenth held-out set (real Kremlin news readouts, Oct 2021 - Mar 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_boy_is_the_young_person_named_with_his_age():
    """"… a telephone conversation with 12-year-old Oleg Varin … The boy shared his impressions …": "the boy"
    is the child named with his age, not the President who called him, nor the artist named after him."""
    body = (
        "Telephone conversation with Oleg Varin\n\n"
        "President Petr Halen had a telephone conversation with 12-year-old Oleg Varin from the Dravan Region.\n\n"
        "The President gave him a violin. Oleg then attended a lesson given by violinist Ivan Sorel. "
        "The boy shared his impressions of the lesson and thanked the President for the gift."
    )
    assert_statements(body, [
        ("Oleg Varin", "indirect",
         "The boy shared his impressions of the lesson and thanked the President for the gift."),
    ])


def test_the_girl_is_never_the_president_who_called_her():
    """"The girl told the President about …" with no age given: the one named who holds no office, a woman."""
    body = (
        "Telephone conversation with Anna Morel\n\n"
        "President Petr Halen had a telephone conversation with Anna Morel, a pupil from the Dravan Region.\n\n"
        "The girl told the President about her first swimming competition."
    )
    assert_statements(body, [
        ("Anna Morel", "indirect", "The girl told the President about her first swimming competition."),
    ])
