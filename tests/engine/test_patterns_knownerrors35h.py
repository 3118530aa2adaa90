"""Readings of known errors of the thirty-second hard set (stop 35): a sentence joined to the next by a scraper with no
space after a figure and its unit (orsa_president_energy_meeting, "… up to 1.4 GW.The Head of State drew attention …");
an outgoing and a new holder of one office in one readout (velsk_defence_ministers_handover, "The former Defence
Minister, X, …", "The outgoing Minister thanked …", "His successor promised …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_sentence_joined_after_a_figure_and_its_unit_ends_there():
    """"Energy Minister Taras Vilchuk informed about … imports. He noted that the new interconnector … allows
    importing up to 1.4 GW.The Head of State drew attention to …" (thirty-second hard orsa_president_energy_meeting,
    its paragraphs joined by a scraper): the full stop after the unit ends the minister's sentence, and the next one,
    the President's, is a sentence of its own; the minister's "He noted" is not given to the President."""
    body = (
        "President of Kelvania Ivo Marsh held a meeting on the energy system.Energy Minister Lena Trask informed "
        "about the increase in electricity imports. She noted that the new line now allows importing up to 2.5 GW.She "
        "added that imports rose by 12%.The Head of State drew attention to the protection of substations."
    )
    assert_statements(body, [
        ("Lena Trask", "indirect", "Energy Minister Lena Trask informed about the increase in electricity imports."),
        ("Lena Trask", "indirect", "She noted that the new line now allows importing up to 2.5 GW."),
        ("Lena Trask", "indirect", "She added that imports rose by 12%."),
        ("Ivo Marsh", "indirect", "The Head of State drew attention to the protection of substations."),
    ])


def test_initials_abbreviations_and_decimals_with_no_space_stay_unsplit():
    """Guard: "U.S.", "St.Petersburg" after a number, "No.5", an initial after a figure and a decimal figure are
    not sentence ends, so the minister's sentence stays whole."""
    body = (
        "Minister Lena Trask said that the U.S.Treasury, the office at 12 St.Petersburg Avenue, plant No.5 and "
        "unit 3 A.Marsh Street had cut use by 1.4.Overall the grid held."
    )
    assert_statements(body, [
        ("Lena Trask", "indirect", "Minister Lena Trask said that the U.S.Treasury, the office at 12 St.Petersburg "
         "Avenue, plant No.5 and unit 3 A.Marsh Street had cut use by 1.4.Overall the grid held."),
    ])
