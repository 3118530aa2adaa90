"""Readings of real Kremlin text of stop 36 (three-hundred-seventy-second): en.kremlin.ru items of July 2020
(telephone conversations, videoconferences, working meetings and their transcripts).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_described_subject_is_not_one_named_first_later_in_its_sentence():
    """"The President updated the permanent members of the Security Council on a series of recent telephone
    conversations he had with … and President of Iran Hassan Rouhani." (three-hundred-seventy-second kremlin_63681):
    the bare "The President" of a readout that names its own President nowhere is not the foreign President the
    sentence names after him as one he spoke with."""
    body = (
        "The President held a videoconference with members of the Defence Council.\n\n"
        "The participants exchanged views on the situation on the northern border.\n\n"
        "The President updated the members of the Council on his recent telephone conversations with Chancellor of "
        "Marvia Ilse Norr and President of Kaldoria Oren Vask."
    )
    result = run(body, title="Meeting with members of the Defence Council")
    speakers = [s.speaker for s in result.statements if s.speaker is not None]
    assert speakers == ["The President"], speakers


def test_described_subject_named_before_keeps_its_holder():
    """Guard: "President of Kaldoria Oren Vask had a telephone conversation … The President thanked Chancellor
    Norr …": Vask, named before the sentence, stays the President (the rule takes only one first named later in
    the same sentence)."""
    body = (
        "President of Kaldoria Oren Vask had a telephone conversation with Chancellor of Marvia Ilse Norr.\n\n"
        "The President thanked Chancellor Norr for her support of the talks with President of Velora Tomas Lind."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "The President thanked Chancellor Norr for her support of the talks with President of Velora Tomas Lind."),
    ], title="Telephone conversation with Chancellor of Marvia Ilse Norr")
