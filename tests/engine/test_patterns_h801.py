"""Statements found by helper h801's set sixhundredsecond (Kenya's State House releases as the papers print them):
a spokesperson's "She stated that “Led by X, the security chiefs thanked the President …”" keeps all of the quoted
that-clause as her words; the group's verb inside her quotation cuts off no clause of its own.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quoted_that_clause_is_all_the_speakers_words_past_a_groups_verb_inside_it():
    """"She stated that “Led by Minister X, the police chiefs thanked President Y for …”": the whole quotation is the
    spokesperson's (before, her statement ended at "Led by Minister X" and the rest, read as the chiefs' clause, was
    no one's)."""
    assert_statements((
        "President Ruth Okonda on Friday met senior police officers at State House, Velmar.\n\n"
        "According to State House spokesperson Ann Wairimu, the President and the officers discussed the coming "
        "elections.\n\n"
        "She stated that “Led by Interior Minister Tom Ouko, the police chiefs thanked President Okonda for the "
        "support they receive from the Government.”"
    ), [
        ("Ann Wairimu", "indirect",
         "According to State House spokesperson Ann Wairimu, the President and the officers discussed the coming "
         "elections."),
        ("Ann Wairimu", "indirect",
         "She stated that “Led by Interior Minister Tom Ouko, the police chiefs thanked President Okonda for the "
         "support they receive from the Government.”"),
    ])


def test_a_second_speakers_clause_after_a_closed_quotation_is_still_cut_off():
    """Guard: "She stated that “…”, and Minister X thanked …": the quotation closed before the second speaker's
    clause, which is his, as before."""
    assert_statements((
        "President Ruth Okonda on Friday met senior police officers at State House, Velmar.\n\n"
        "Spokesperson Ann Wairimu stated that “the talks went well”, and Interior Minister Tom Ouko thanked the "
        "President for the support."
    ), [
        ("Ann Wairimu", "indirect", "Spokesperson Ann Wairimu stated that “the talks went well”"),
        ("Tom Ouko", "indirect", "Interior Minister Tom Ouko thanked the President for the support."),
    ])
