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


def test_a_name_after_the_visit_of_is_spoken_of_in_carried_remarks():
    """"… and the recent visit of President Tomas Vilkas opened new prospects for the two countries." (fortieth hard
    set, the Severian President to the ambassadors): the visit acts, the president is only what it is of; the host's
    remarks go on with no verb of their own."""
    body = (
        "President Ivo Marden received the credentials of foreign ambassadors.\n\n"
        "Speaking about relations with individual countries, the head of state noted that Vestra remained a key partner. "
        "Relations with Dorvenia have improved this year, and the recent visit of President Tomas Vilkas opened new "
        "prospects."
    )
    assert_statements(body, [
        ("Ivo Marden", "indirect", "Speaking about relations with individual countries, the head of state noted that "
                                   "Vestra remained a key partner."),
        ("Ivo Marden", "indirect", "Relations with Dorvenia have improved this year, and the recent visit of President "
                                   "Tomas Vilkas opened new prospects."),
    ], title="Presentation of foreign ambassadors' credentials")


def test_a_named_president_who_acts_ends_the_carried_remarks():
    """Guard: the same sentence with the president himself as the actor ("President Tomas Vilkas opened …"), no event
    noun before the name: someone else acts, not the host's remarks."""
    body = (
        "President Ivo Marden received the credentials of foreign ambassadors.\n\n"
        "Speaking about relations with individual countries, the head of state noted that Vestra remained a key partner. "
        "Relations with Dorvenia have improved this year, and President Tomas Vilkas opened new prospects."
    )
    assert_statements(body, [
        ("Ivo Marden", "indirect", "Speaking about relations with individual countries, the head of state noted that "
                                   "Vestra remained a key partner."),
    ], title="Presentation of foreign ambassadors' credentials")
