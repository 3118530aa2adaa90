"""Patterns found by the hundredth held-out set (real Kremlin news readouts, Feb-Apr 2013, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_one_a_condolence_title_mourns_is_not_its_host():
    """"Condolences following the passing of President of Venezuela X": the title names the one mourned,
    not the readout's host; "the President said" of its body is the sender, named in the lead without
    an office, not the deceased President."""
    body = (
        "Anton Brask sent his deep condolences to Vice President of Norland Ivo Lund and the Norlandic people "
        "following the death of President Karel Vinter.\n\n"
        "Mr Brask, who met Karel Vinter many times, noted his personal courage. “He was a strong and honest "
        "leader,” the President said in his telegram.\n\n"
        "The President said that the Norlandic people would overcome this loss."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask sent his deep condolences to Vice President of Norland Ivo Lund and "
                                    "the Norlandic people following the death of President Karel Vinter."),
        ("Anton Brask", "indirect", "Mr Brask, who met Karel Vinter many times, noted his personal courage."),
        ("Anton Brask", "direct", "He was a strong and honest leader,"),
        ("Anton Brask", "indirect", "The President said that the Norlandic people would overcome this loss."),
    ], title="Condolences following the passing of President of Norland Karel Vinter")


def test_a_bracketed_stage_direction_opening_a_turn_is_no_ones():
    """"[Addressing Deputy Prime Minister Dmitry Kozak] Maybe you will start?": the editor's note in square
    brackets that opens a turn's paragraph is left out of the speaker's words, as the one in parentheses
    is; a bracketed word the editor puts in for the speaker's stays."""
    body = (
        "Anton Brask held a meeting on the use of the new stadiums.\n\n"
        "* * *\n\n"
        "Anton Brask: Good afternoon, colleagues.\n\n"
        "[Addressing Deputy Prime Minister Ivo Lund] Maybe you will start?\n\n"
        "Deputy Prime Minister Ivo Lund: [The stadium] will be handed over in May."
    )
    assert_statements(body, [
        ("Anton Brask", "direct", "Good afternoon, colleagues."),
        ("Anton Brask", "direct", "Maybe you will start?"),
        ("Ivo Lund", "direct", "[The stadium] will be handed over in May."),
    ])
