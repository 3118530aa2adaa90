"""Readings of the eighteenth styles set (benchmarks/styles18): invented readouts in the file shapes an analyst
collects (front matter, hard wraps, photo counters, participants lists, tables, forwarded mail).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_offered_his_condolences_gives_the_subject_his_gender():
    """"The President offered his condolences …" then "The President assured him that …. He added …" (eighteenth
    styles orsenia president call merovia): "his condolences" after "offered" is the subject's own (no one offers
    condolences to a "him"), so the President is a man and the "He" after "assured him" is still the President."""
    body = (
        "President Corin Brant spoke today with President Marek Sova of Lesnia. The President offered his "
        "condolences for the lives lost in the floods.\n\n"
        "President Sova thanked President Brant for the offer of help. He noted that the dams had held.\n\n"
        "The President assured him that the request had been passed to the engineers. He added that the ambassador "
        "would coordinate the delivery."
    )
    assert_statements(body, [
        ("Corin Brant", "indirect", "The President offered his condolences for the lives lost in the floods."),
        ("Marek Sova", "indirect", "President Sova thanked President Brant for the offer of help."),
        ("Marek Sova", "indirect", "He noted that the dams had held."),
        ("Corin Brant", "indirect", "The President assured him that the request had been passed to the engineers."),
        ("Corin Brant", "indirect", "He added that the ambassador would coordinate the delivery."),
    ], title="Readout of President Brant's Call with President Sova of Lesnia")
