"""Readings of known errors of the invented hard sets (stop 35, helper h422): a person's own view after a colon of
the sentence he opens, framed by "by his account" (thirty-first hard set tarrow_space_agency_board).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

BOARD_TITLE = "Director-General holds a meeting of the Survey Office's Board"


def test_a_framed_view_after_a_colon_is_the_sentence_subjects():
    """"The Deputy Director-General for Science, Dr Halvard Moe, was less contrite: the science programme, by his
    account, had delivered every instrument on time." (thirty-first hard set tarrow_space_agency_board): the words
    after the colon are the view of the man the sentence opens with ("by his account", "in his view", "to his
    mind"), not of the Director-General who spoke last and is the last subject noted."""
    body = (
        "Dr Orvin Kask instructed the Board to submit a revised plan. He said that the plan was late.\n\n"
        "The Deputy Director for Maps, Dr Teodor Lind, was less contrite: the mapping programme, by his account, "
        "had delivered every sheet on time.\n\n"
        "Minister Pavo Rein was calmer: the budget, in his view, had been sound."
    )
    assert_statements(body, [
        ("Orvin Kask", "indirect", "Dr Orvin Kask instructed the Board to submit a revised plan."),
        ("Orvin Kask", "indirect", "He said that the plan was late."),
        ("Teodor Lind", "indirect", "The Deputy Director for Maps, Dr Teodor Lind, was less contrite: the mapping "
                                    "programme, by his account, had delivered every sheet on time."),
        ("Pavo Rein", "indirect", "Minister Pavo Rein was calmer: the budget, in his view, had been sound."),
    ], title=BOARD_TITLE)


def test_a_framed_view_after_a_colon_whose_subject_cannot_be_the_pronoun_stays_with_the_last_speaker():
    """Guard: the sentence's subject is a woman ("Ms Ilse Varn was less sure: the plan, in his view, …"), so "his"
    is not hers; it stays the last man who spoke, the Director-General."""
    body = (
        "Dr Orvin Kask instructed the Board to submit a revised plan. He said that the plan was late.\n\n"
        "Ms Ilse Varn was less sure: the plan, in his view, had been drafted too early."
    )
    assert_statements(body, [
        ("Orvin Kask", "indirect", "Dr Orvin Kask instructed the Board to submit a revised plan."),
        ("Orvin Kask", "indirect", "He said that the plan was late."),
        ("Orvin Kask", "indirect", "Ms Ilse Varn was less sure: the plan, in his view, had been drafted too early."),
    ], title=BOARD_TITLE)
