"""Readings of the thirty-sixth hard set (hard36): invented readouts in the corpus sources' styles, built around who
"he" and "she" are (two men of one rank, a man and a woman alternating, "his predecessor", "his Dunavets colleague").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_she_after_a_man_is_the_woman_named_ingrid():
    """"She replied that Calverra would deliver a third battery …" after "He noted …" (thirty-sixth hard set
    kebrova_president_meets_calverra_prime_minister): Ingrid is a woman's first name, so "She" is the Prime Minister
    and "He thanked her" is not."""
    body = (
        "President of Dolvana Bohdan Marek met with Prime Minister of Ostria Ingrid Tal.\n\n"
        "President Marek noted that the new air defence systems had protected the capital. "
        "She replied that Ostria would deliver another battery before the winter. "
        "He thanked her for this support."
    )
    assert_statements(body, [
        ("Bohdan Marek", "indirect", "President Marek noted that the new air defence systems had protected the capital."),
        ("Ingrid Tal", "indirect", "She replied that Ostria would deliver another battery before the winter."),
        ("Bohdan Marek", "indirect", "He thanked her for this support."),
    ], title="Bohdan Marek met with Prime Minister of Ostria Ingrid Tal")


def test_she_after_a_man_named_rafael_is_the_vice_president_marta():
    """"She emphasized that the Administration would provide training …" after "The latter noted …", the latter a
    Rafael (thirty-sixth hard set ossander_readout_vice_president_quellen_ministers): Rafael is a man's first name,
    Marta a woman's, so "She" is the Vice President, not the last minister to speak."""
    body = (
        "Vice President Marta Lenn met today with Trade Minister Rafael Dorr of Ostria.\n\n"
        "Minister Dorr noted that the ports of Ostria would install new scanners by the end of the year.\n\n"
        "She emphasized that the Administration would provide training for customs officers."
    )
    assert_statements(body, [
        ("Rafael Dorr", "indirect",
         "Minister Dorr noted that the ports of Ostria would install new scanners by the end of the year."),
        ("Marta Lenn", "indirect", "She emphasized that the Administration would provide training for customs officers."),
    ], title="Readout of Vice President Lenn's Meeting with Trade Minister Dorr")


def test_she_after_a_minister_of_no_known_first_name_stays_with_the_minister():
    """Guard: a first name the lists do not hold ("Kari") tells no gender, so "She added" after her stays hers."""
    body = (
        "Vice President Marta Lenn met today with Trade Minister Kari Dorr of Ostria.\n\n"
        "Minister Dorr noted that the ports of Ostria would install new scanners by the end of the year. "
        "She added that the customs code would be revised in the spring."
    )
    assert_statements(body, [
        ("Kari Dorr", "indirect",
         "Minister Dorr noted that the ports of Ostria would install new scanners by the end of the year."),
        ("Kari Dorr", "indirect", "She added that the customs code would be revised in the spring."),
    ], title="Readout of Vice President Lenn's Meeting with Trade Minister Dorr")


def test_the_place_adjective_before_governor_is_the_governor_of_that_region():
    """"The Velichar governor also spoke about the shared river basin. He proposed …" (thirty-sixth hard set
    korsovia_president_meets_two_governors): two governors, each "Governor of the … Region"; the region's name as an
    adjective picks the one whose office names it, not the governor who spoke last."""
    body = (
        "Pavel Ternov held a working meeting with Governor of the Orsk Region Lev Hadar and Governor of the Malva "
        "Region Ivo Pesk.\n\n"
        "Lev Hadar reported to the President on the rebuilding of the flooded villages.\n\n"
        "Ivo Pesk informed the President that the new embankment had been completed.\n\n"
        "The Orsk governor also spoke about the shared river basin."
    )
    assert_statements(body, [
        ("Lev Hadar", "indirect", "Lev Hadar reported to the President on the rebuilding of the flooded villages."),
        ("Ivo Pesk", "indirect", "Ivo Pesk informed the President that the new embankment had been completed."),
        ("Lev Hadar", "indirect", "The Orsk governor also spoke about the shared river basin."),
    ], title="Meeting with governors Lev Hadar and Ivo Pesk")


def test_a_place_adjective_no_office_names_stays_with_the_last_governor():
    """Guard: a bare "The governor", no place before it: the governor who spoke last, as before."""
    body = (
        "Pavel Ternov held a working meeting with Governor of the Orsk Region Lev Hadar and Governor of the Malva "
        "Region Ivo Pesk.\n\n"
        "Lev Hadar reported to the President on the rebuilding of the flooded villages.\n\n"
        "Ivo Pesk informed the President that the new embankment had been completed.\n\n"
        "The governor also spoke about the shared river basin."
    )
    assert_statements(body, [
        ("Lev Hadar", "indirect", "Lev Hadar reported to the President on the rebuilding of the flooded villages."),
        ("Ivo Pesk", "indirect", "Ivo Pesk informed the President that the new embankment had been completed."),
        ("Ivo Pesk", "indirect", "The governor also spoke about the shared river basin."),
    ], title="Meeting with governors Lev Hadar and Ivo Pesk")


def test_his_place_adjective_colleague_is_the_governor_of_that_region():
    """"His Dunavets colleague supported the idea but warned that …" (thirty-sixth hard set
    korsovia_president_meets_two_governors): after one governor's proposal, "His Dunavets colleague" is the other
    governor, whose office names Dunavets, not the President who chairs the meeting."""
    body = (
        "Pavel Ternov held a working meeting with Governor of the Orsk Region Lev Hadar and Governor of the Malva "
        "Region Ivo Pesk.\n\n"
        "Lev Hadar proposed setting up a joint flood-control directorate for the two regions.\n\n"
        "His Malva colleague supported the idea but warned that the directorate would need a budget of its own."
    )
    assert_statements(body, [
        ("Lev Hadar", "indirect", "Lev Hadar proposed setting up a joint flood-control directorate for the two regions."),
        ("Ivo Pesk", "indirect",
         "His Malva colleague supported the idea but warned that the directorate would need a budget of its own."),
    ], title="Meeting with governors Lev Hadar and Ivo Pesk")
