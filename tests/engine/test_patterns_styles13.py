"""Readings of the thirteenth styles set (benchmarks/styles13): invented readouts in the house styles of offices no
earlier set imitated (Captains Regent, an Executive Office of two, a Samoan-style Press Secretariat, a CARICOM-style
Secretariat, a Costa-Rican-style Casa Presidencial, a Seychelles-style State House …).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_second_verb_after_a_relative_aside_shares_the_subject():
    """"Prime Minister X, who is also Minister of Foreign Affairs and Trade, welcomed Minister Y to Upolia and
    acknowledged …" (thirteenth styles upolia_press_secretariat; vaduria_hereditary_prince: "Deputy Head of
    Government X, who is responsible for economic affairs, presented … and said that …"): the verb after "and" is
    the subject's, read past the relative aside, as without it."""
    body = (
        "Prime Minister Tavita Aumua this morning received Hon. Grace Pemberton MP, the Ardalian Minister.\n\n"
        "Prime Minister Aumua, who is also Minister of Foreign Affairs and Trade, welcomed Minister Pemberton to "
        "Savali and acknowledged the support of Ardalia for the new hospital."
    )
    assert_statements(body, [
        ("Tavita Aumua", "indirect", "Prime Minister Aumua, who is also Minister of Foreign Affairs and Trade, welcomed "
         "Minister Pemberton to Savali and acknowledged the support of Ardalia for the new hospital."),
    ], title="Prime Minister receives Ardalian Minister")


def test_act_after_a_relative_aside_with_no_speech_stays_narrative():
    """Guard: "X, who …, welcomed Y to Z and showed her the new port." has no speech verb: no statement."""
    body = (
        "Prime Minister Tavita Aumua this morning received Hon. Grace Pemberton MP, the Ardalian Minister.\n\n"
        "Prime Minister Aumua, who is also Minister of Foreign Affairs and Trade, welcomed Minister Pemberton to "
        "Savali and showed her the new port."
    )
    assert_statements(body, [], title="Prime Minister receives Ardalian Minister")
