"""Statements found by helper h772's set fivehundredseventyeighth (IOM's and UNHCR's own news): an announced address
told in the future, its topic after ", focusing on" ("X will address the session …, focusing on …") and its content in
the future progressive ("He will be highlighting the need …"): acts to come, no words said yet, as "He will highlight
…" already was.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_focusing_on_after_an_address_to_come_is_no_statement():
    """"On Sunday, the Commissioner will address the opening session …, focusing on …": the plan's subject (before,
    the sentence was the Commissioner's indirect statement); the same sentence told in the past stays hers."""
    assert_statements((
        "Relief Commissioner Ana Berlot-Vasquez leaves this afternoon on a three-day mission to Quintmark.\n\n"
        "On Sunday, the Commissioner will address the opening session of the Council of Ministers in Dunhallow, "
        "focusing on the situation of displaced families in the northern valleys.\n\n"
        "On Monday, the Commissioner addressed the closing session of the Council, focusing on the cost of shelter."
    ), [
        ("Ana Berlot-Vasquez", "indirect", "On Monday, the Commissioner addressed the closing session of the Council, "
                                           "focusing on the cost of shelter."),
    ])


def test_a_speech_verb_in_the_future_progressive_is_no_statement():
    """"She will be highlighting the urgent need for …": an act to come, as "She will highlight …" (before, an indirect
    statement); "She was highlighting …" is still hers."""
    assert_statements((
        "Relief Commissioner Ana Berlot-Vasquez leaves this afternoon on a three-day mission to Quintmark.\n\n"
        "She will be highlighting the urgent need for solidarity with the countries that host the displaced.\n\n"
        "At the airport, Berlot-Vasquez was highlighting the shortage of tents in the camps."
    ), [
        ("Ana Berlot-Vasquez", "indirect", "At the airport, Berlot-Vasquez was highlighting the shortage of tents in "
                                           "the camps."),
    ])


def test_a_lone_surname_of_a_styled_title_name_is_that_person_in_the_body():
    """The title "Mrs. Berlotti's Northern trip" and a body that names her "Berlotti" alone: the lone surname is her
    mention, so "The Commissioner said …" after "On Friday, Berlotti met President …" is hers (before, no one's: a lone
    word is no run of capitalised words, and the President named was the readout's principal)."""
    body = (
        "The Commissioner leaves Dunhallow later today, after an eight-day mission to the North.\n\n"
        "On Friday, Berlotti met President Arno Quistmark in Fennport. The Commissioner said an eventual return of the "
        "displaced depended on the valley returning to calm."
    )
    assert_statements(body, [
        ("Berlotti", "indirect", "The Commissioner said an eventual return of the displaced depended on the valley "
                                 "returning to calm."),
    ], title="Mrs. Berlotti's Northern trip")


def test_a_lone_surname_inside_a_run_is_not_the_styled_title_names():
    """Guard: "the Berlotti Foundation" (a run) is no mention of the Mrs. Berlotti of the title; the foundation's
    president speaks for himself."""
    body = (
        "The Commissioner visited the Berlotti Foundation in Fennport on Friday.\n\n"
        "President Arno Quistmark said the foundation would open two clinics."
    )
    assert_statements(body, [
        ("Arno Quistmark", "indirect", "President Arno Quistmark said the foundation would open two clinics."),
    ], title="Mrs. Berlotti's Northern trip")
