"""Statements found by helper h733's set fivehundredfiftieth (SANA, the Syrian Arab News Agency's English pages): a
mistyped "for his part" aside ("X, fir his part, hailed …") and a deputy minister of two portfolios joined by "and"
("Deputy Foreign and Expatriates Minister X said …"), also after an agency's dateline ("Damascus, SANA- …").

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_mistyped_for_his_part_aside_keeps_its_subject():
    """"Y, fir his part, hailed …" (a slip for "for his part"): Y speaks, and the "He" after is Y too (before, the
    sentence was no one's and the "He" went to the host)."""
    assert_statements((
        "Tarvel, KNA- Foreign Minister Ilse Varnow met Ordo Kessamy, chairman of the Velmar labour party.\n\n"
        "During the meeting, Varnow affirmed that the two parties share the same goals.\n\n"
        "Kessamy, fir his part, hailed the courage of the Tarvelian people.\n\n"
        "He strongly criticized the stances of some neighbouring countries."
    ), [
        ("Ilse Varnow", "indirect", "During the meeting, Varnow affirmed that the two parties share the same goals."),
        ("Ordo Kessamy", "indirect", "Kessamy, fir his part, hailed the courage of the Tarvelian people."),
        ("Ordo Kessamy", "indirect", "He strongly criticized the stances of some neighbouring countries."),
    ])


def test_a_deputy_minister_of_two_portfolios_is_one_person():
    """"Deputy Foreign and Diaspora Minister X said …", also after an agency's dateline, and "Assistant Trade and
    Customs Minister Y stressed …": one minister's deputy of two portfolios (before, "Deputy Foreign" was read as an
    office and a surname, "and" joining two people, a pair that says nothing)."""
    assert_statements((
        "Tarvel, KNA- Deputy Foreign and Diaspora Minister Ilse Varnow said the Orsk talks are the first real ones.\n\n"
        "Assistant Trade and Customs Minister Pell Dunmore stressed that the border posts would open in May."
    ), [
        ("Ilse Varnow", "indirect", "Tarvel, KNA- Deputy Foreign and Diaspora Minister Ilse Varnow said the Orsk talks "
                                    "are the first real ones."),
        ("Pell Dunmore", "indirect", "Assistant Trade and Customs Minister Pell Dunmore stressed that the border posts "
                                     "would open in May."),
    ])


def test_a_vice_president_and_a_prime_minister_stay_two_people():
    """Guard: "The Vice President and Prime Minister X discussed …" joins two offices' holders (an office, no
    portfolio, before "and"): a pair, no statement; the Vice President's own sentence after is hers."""
    assert_statements((
        "The Vice President and Prime Minister Orrin Falk discussed the harvest.\n\n"
        "The Vice President, Ms. Wenna Castlemoor, said that the grain stores were full."
    ), [
        ("Wenna Castlemoor", "indirect", "The Vice President, Ms. Wenna Castlemoor, said that the grain stores were "
                                         "full."),
    ])
