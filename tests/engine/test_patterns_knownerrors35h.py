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


HANDOVER = (
    "Oren Vask introduced Defence Minister Ilan Rost, appointed on Monday, to the Ministry's staff. The former Defence "
    "Minister, Pavel Dorn, who held the post for five years, also took part in the meeting.\n\n"
    "The President thanked Pavel Dorn for his work. He said the new Minister's task was to bring discipline to "
    "procurement.\n\n"
    "The outgoing Minister thanked the staff and said he was leaving with a clear conscience. Five years ago, he "
    "recalled, the waiting lists were twice as long.\n\n"
    "The Defence Minister also said he would report to the President within a month."
)


def test_the_outgoing_holder_is_the_one_named_as_the_former_holder():
    """"The former Defence Minister, X, who held the post …" then "The outgoing Minister thanked …" (thirty-second
    hard velsk_defence_ministers_handover): the office in apposition before the name is his as a former one, and
    "the outgoing Minister" is he (his "he recalled" following), while "the Defence Minister" stays the new one."""
    assert_statements(HANDOVER, [
        ("Oren Vask", "indirect", "The President thanked Pavel Dorn for his work."),
        ("Oren Vask", "indirect", "He said the new Minister's task was to bring discipline to procurement."),
        ("Pavel Dorn", "indirect", "The outgoing Minister thanked the staff and said he was leaving with a clear "
         "conscience."),
        ("Pavel Dorn", "indirect", "Five years ago, he recalled, the waiting lists were twice as long."),
        ("Ilan Rost", "indirect", "The Defence Minister also said he would report to the President within a month."),
    ])


def test_the_outgoing_holder_with_one_holder_named_is_unchanged():
    """Guard: a readout naming one holder of the office only ("Ambassador Rolf Sander … The outgoing envoy said …")
    reads "the outgoing" office as before: its only holder."""
    body = (
        "Foreign Minister Oren Vask received Ambassador Rolf Sander, who is completing his mission. The outgoing envoy "
        "said that relations had never been closer."
    )
    assert_statements(body, [
        ("Rolf Sander", "indirect", "The outgoing envoy said that relations had never been closer."),
    ])


def test_his_successor_is_the_new_holder_of_the_former_holders_office():
    """"The former Defence Minister, X, … His successor promised …" (thirty-second hard
    velsk_defence_ministers_handover): the one who holds now the office the former holder held."""
    last = HANDOVER.rindex("\n\n")
    body = HANDOVER[:last] + "\n\nHis successor promised to keep the Ministry's leadership team intact." + HANDOVER[last:]
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President thanked Pavel Dorn for his work."),
        ("Oren Vask", "indirect", "He said the new Minister's task was to bring discipline to procurement."),
        ("Pavel Dorn", "indirect", "The outgoing Minister thanked the staff and said he was leaving with a clear "
         "conscience."),
        ("Pavel Dorn", "indirect", "Five years ago, he recalled, the waiting lists were twice as long."),
        ("Ilan Rost", "indirect", "His successor promised to keep the Ministry's leadership team intact."),
        ("Ilan Rost", "indirect", "The Defence Minister also said he would report to the President within a month."),
    ])


def test_his_successor_with_no_former_holder_named_is_no_one():
    """Guard: with one holder only and no former one named ("Defence Minister Ilan Rost … His successor promised …"),
    "his successor" is no one of the readout, and his sentence no one's statement."""
    body = (
        "Oren Vask met Defence Minister Ilan Rost. The Minister said the programme was on track.\n\n"
        "His successor promised to keep the Ministry's leadership team intact."
    )
    assert_statements(body, [
        ("Ilan Rost", "indirect", "The Minister said the programme was on track."),
    ])
