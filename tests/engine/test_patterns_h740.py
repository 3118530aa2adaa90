"""Statements found by helper h740's set fivehundredfiftyfifth (NIAT Khovar, Tajikistan's state agency, in English): a
wire's dateline with its date in figures ("DUSHANBE, 12.06.2020. (NIAT Khovar) – …") and "presented information on",
a report told to a meeting.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_dateline_with_its_date_in_figures_is_no_sentence():
    """"TARVEL, 12.06.2020. (KNA) – Yesterday, the Deputy Minister X took part …": the place, the date in figures (a
    period after it or not) and the agency are a wire's dateline; X is a person, and "he" after is X (before, the
    dateline hid X, and no one said anything)."""
    assert_statements((
        "TARVEL, 12.06.2020. (KNA Orsk) – Yesterday, the Deputy Minister of Foreign Affairs Ilse Varnow took part in an "
        "online meeting of deputy ministers.\n\n"
        "The meeting was initiated by the Orsk Centre for Dialogue.\n\n"
        "While considering the state of the harvest, she called on the parties to strengthen cooperation in all areas."
    ), [
        ("Ilse Varnow", "indirect", "While considering the state of the harvest, she called on the parties to "
                                    "strengthen cooperation in all areas."),
    ])
    assert_statements((
        "TARVEL, 30.11.2021 (KNA) – Today, Prime Minister Pell Dunmore met with the Velmar Deputy Prime Minister.\n\n"
        "He said that Velmar is one of the main partners of Tarvel."
    ), [
        ("Pell Dunmore", "indirect", "He said that Velmar is one of the main partners of Tarvel."),
    ])


def test_presented_information_on_a_matter_is_told():
    """"X presented information on the measures taken by the government": told of them, as "gave information on";
    guard: "presented information boards to the school" is a thing handed over, no statement."""
    assert_statements((
        "Deputy Minister Ilse Varnow met the envoys of Velmar.\n\n"
        "Against the spread of the fever, Varnow presented information on the measures taken by the government.\n\n"
        "Minister Pell Dunmore presented information boards to the school in Orsk."
    ), [
        ("Ilse Varnow", "indirect", "Against the spread of the fever, Varnow presented information on the measures "
                                    "taken by the government."),
    ])
