"""Statements found by helper h704 (fivehundredtwentysixth: the Nebraska Governor's office and the Government of
Nagaland, stop 48): general patterns of a state government's English releases the engine got wrong.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

LEAD = ("Veltrin, 30 August 2026. The Office of the Chief Minister of Ostrava State issued the following release.\n\n")


def test_office_and_its_holder_with_no_closing_comma_before_the_first_of_two_verbs():
    """"Chief Minister, X accompanied by his colleagues … today met President Y and congratulated him …": the office,
    then its holder set off by an opening comma only, then the verbs; the holder is the subject of both, so the
    congratulation is his (before, no subject was found for the second verb)."""
    assert_statements(LEAD + (
        "Chief Minister, Tarro Velkin accompanied by his colleagues and MP, Dorin Astrey today met President, Ilse "
        "Brannvik and congratulated her on her victory in the recently held Presidential election."
    ), [
        ("Tarro Velkin", "indirect", "Chief Minister, Tarro Velkin accompanied by his colleagues and MP, Dorin Astrey "
                                     "today met President, Ilse Brannvik and congratulated her on her victory in the "
                                     "recently held Presidential election."),
    ])


def test_appraised_a_person_about_something_is_apprised():
    """"X appraised the President about the border issue": the spelling of "apprised" in South Asian releases,
    informed, when a person and "about" or "of" follow."""
    assert_statements(LEAD + (
        "Chief Minister Tarro Velkin today met President Ilse Brannvik in Veltrin. Velkin appraised the President "
        "about the border issue and the need to resolve it before winter."
    ), [
        ("Tarro Velkin", "indirect", "Velkin appraised the President about the border issue and the need to resolve "
                                     "it before winter."),
    ])


def test_appraised_a_thing_is_no_speech():
    """Guard: "appraised the situation of the farms", "appraised the value of the land": a thing weighed, no one's
    words."""
    assert_statements(LEAD + (
        "Chief Minister Tarro Velkin today visited the flooded districts. Velkin appraised the situation of the farms "
        "and the value of the lost harvest."
    ), [])


def test_he_after_the_object_of_a_preposition_opens_his_own_clause():
    """"The Chief Minister’s recent announcements … were shared with the foreign diplomats and he hoped for …": no
    object is "he", so he is not one of a group with the diplomats; the agentless passive before "and" (a person's
    thing its subject) is no one's, his clause from "he" on."""
    assert_statements(LEAD + (
        "Advisor to the Chief Minister, Dorin Astrey, had meetings with the Consul General of Quenland, Pell Ardoway, "
        "on 2nd April 2026.\n\n"
        "Astrey highlighted the initiatives of the State Government in the fields of tourism and sports. The Chief "
        "Minister’s recent announcements during the budget session were shared with the foreign diplomats and he "
        "hoped for future collaborations in new policies like cultural exchanges."
    ), [
        ("Dorin Astrey", "indirect", "Astrey highlighted the initiatives of the State Government in the fields of "
                                     "tourism and sports."),
        ("Dorin Astrey", "indirect", "he hoped for future collaborations in new policies like cultural exchanges."),
    ])


def test_a_person_and_he_together_stay_a_group():
    """Guard: "Minister X and he agreed …" opening the sentence: the two together, no one's words."""
    assert_statements(LEAD + (
        "Chief Minister Tarro Velkin today met Minister Dorin Astrey in Veltrin. Minister Astrey and he agreed on "
        "the need to open a new trade office."
    ), [])
