"""Readings of the fortieth hard set: Kremlin-of-2000–2010-like readouts about invented states (Severia, Karastan,
Dorvenia, Laurania), reported speech throughout.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_stock_exceeding_a_level_by_a_figure_carries_the_report_on():
    """"Coal and fuel oil stocks at power stations exceed last year's level by 12 percent." (fortieth hard set, the
    Severian cabinet on heating), after "Minister of Energy X reported that …": a thing's amount above a level, the
    minister's figure carried on, not a person named "Coal"."""
    body = (
        "President Ivo Marden held a meeting with members of the Government.\n\n"
        "Minister of Energy Pavel Ostrin reported that most housing had been prepared for the winter. "
        "Coal and gas stocks at the power plants exceed last year's level by 9 percent."
    )
    assert_statements(body, [
        ("Pavel Ostrin", "indirect", "Minister of Energy Pavel Ostrin reported that most housing had been prepared for "
                                     "the winter."),
        ("Pavel Ostrin", "indirect", "Coal and gas stocks at the power plants exceed last year's level by 9 percent."),
    ], title="Meeting with members of the Government")


def test_a_named_person_surpassing_a_record_stays_narrative():
    """Guard: a known person as the subject of "surpassed … by" acts in the readout's own account; the report is over."""
    body = (
        "President Ivo Marden met with athletes of the national team.\n\n"
        "Minister of Sport Pavel Ostrin reported that the team had won twelve medals. "
        "Ivo Marden then visited the training centre, where the sprinter Lena Kova surpassed her own record by 2 seconds."
    )
    assert_statements(body, [
        ("Pavel Ostrin", "indirect", "Minister of Sport Pavel Ostrin reported that the team had won twelve medals."),
    ], title="Meeting with athletes")
