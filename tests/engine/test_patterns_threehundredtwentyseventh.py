"""Readings of real UK Government text of stop 34 (three-hundred-twenty-seventh): No 10 readouts of calls and
meetings (May, Johnson, Truss, Sunak, Starmer) and FCDO readouts.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_courtesy_title_before_may_makes_it_a_surname():
    """"Mrs May said Britain would work with the US …" (three-hundred-twenty-seventh uk_pm_2017-09-05_trump): after
    "Mrs" the capitalised "May" is the surname, not the month; the sentence is her statement."""
    body = (
        "A government spokesperson said:\n\n"
        "Prime Minister Helen May today spoke with President Oren Vask.\n\n"
        "Mrs May said Kaldoria would work with Vestra to keep up the pressure on the regime."
    )
    assert_statements(body, [
        ("Helen May", "indirect", "Mrs May said Kaldoria would work with Vestra to keep up the pressure on the regime."),
    ], title="PM call with President Vask")


def test_a_courtesy_title_before_will_makes_it_a_surname():
    """As above for the other word surname: "Mr Will noted …" is Mr Will's statement, not a modal."""
    body = (
        "Foreign Minister Peter Will met Foreign Minister Mira Tal in Vestra.\n\n"
        "Mr Will noted the importance of the new trade corridor."
    )
    assert_statements(body, [
        ("Peter Will", "indirect", "Mr Will noted the importance of the new trade corridor."),
    ], title="Foreign Minister Will met Foreign Minister Tal")


def test_the_month_after_a_name_stays_a_month():
    """Guard: "In May, Mrs Lind said …" and "… the talks of Mrs Lind in May" keep "May" a month: the speaker is
    Lind, and no one called May speaks."""
    body = (
        "Prime Minister Anna Lind spoke with President Oren Vask.\n\n"
        "In May, Mrs Lind said Kaldoria would host the summit."
    )
    assert_statements(body, [
        ("Anna Lind", "indirect", "In May, Mrs Lind said Kaldoria would host the summit."),
    ], title="PM call with President Vask")
