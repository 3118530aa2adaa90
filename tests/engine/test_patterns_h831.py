"""Statements found by helper h831's mends of hard68 (asides between a speaker and the verb): a present-tense speech
verb ("notes", "says", "invites", "offers") after one to three asides set off by commas after the person who opens
the sentence (a linking adverb, a phrase opened by a preposition or by a participle) is the person's verb, as the
past form there is.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep a present form after other commas a noun.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

_OPENING = "On 4 March, Speaker of the National Assembly of Orlavia Greta Vinter received the Ambassador of Pelm, Jonas Rask.\n\n"


def test_a_present_verb_after_however_under_an_office():
    """"The Speaker, however, notes that …": the Speaker's (before, no one's: "notes" read as a noun)."""
    assert_statements(_OPENING + "The Speaker, however, notes that the friendship group has not met since 2024.", [
        ("Greta Vinter", "indirect", "The Speaker, however, notes that the friendship group has not met since 2024."),
    ])


def test_a_present_verb_after_a_prepositional_aside_and_also():
    """"Ms Vinter, in the letter, also invites …" and "…, in her welcoming remarks, notes …": hers."""
    assert_statements(_OPENING + (
        "Ms Vinter, in her welcoming remarks, notes that Orlavia has moved its registers online.\n\n"
        "Ms Vinter, in the letter, also invites the Speaker of Pelm to visit Orlavia in the spring."), [
        ("Greta Vinter", "indirect", "Ms Vinter, in her welcoming remarks, notes that Orlavia has moved its registers online."),
        ("Greta Vinter", "indirect",
         "Ms Vinter, in the letter, also invites the Speaker of Pelm to visit Orlavia in the spring."),
    ])


def test_a_present_verb_after_a_participles_aside_that_names_another():
    """"Ms Vinter, flanked by Deputy Speaker Ole Brun, says …": she speaks, not the deputy the aside names."""
    assert_statements(_OPENING + (
        "Ms Vinter, flanked by Deputy Speaker Ole Brun, says that the chamber will vote on the treaty in May.\n\n"
        "Ambassador Rask, answering questions from journalists, stresses that Pelm will ratify it first."), [
        ("Greta Vinter", "indirect",
         "Ms Vinter, flanked by Deputy Speaker Ole Brun, says that the chamber will vote on the treaty in May."),
        ("Jonas Rask", "indirect",
         "Ambassador Rask, answering questions from journalists, stresses that Pelm will ratify it first."),
    ])


def test_asides_one_after_another_after_an_office_and_its_holder():
    """"The President of the Senate, Ms X, for her part, on behalf of the Senate and on her own behalf, offers
    condolences …" (and "offered"): hers, not "the Senate"'s inside the last aside (before, no one's in either tense)."""
    body = ("The Speaker of the Chamber, Mr Ivo Strand, sent a message of condolences to the people of Pelm.\n\n"
            "The President of the Senate, Ms Alma Berg, for her part, on behalf of the Senate and on her own behalf, "
            "offers condolences to the families of the victims.\n\n"
            "The President of the Senate, Ms Alma Berg, for her part, on behalf of the Senate and on her own behalf, "
            "offered condolences to the rescuers.")
    result = assert_statements(body, [
        ("Ivo Strand", "indirect",
         "The Speaker of the Chamber, Mr Ivo Strand, sent a message of condolences to the people of Pelm."),
        ("Alma Berg", "indirect",
         "The President of the Senate, Ms Alma Berg, for her part, on behalf of the Senate and on her own behalf, "
         "offers condolences to the families of the victims."),
        ("Alma Berg", "indirect",
         "The President of the Senate, Ms Alma Berg, for her part, on behalf of the Senate and on her own behalf, "
         "offered condolences to the rescuers."),
    ])
    assert len(result.statements) == 3


def test_guard_a_present_form_after_a_things_aside_or_a_list_is_no_ones():
    """"The report, in its annex, notes that …" (a thing opens the sentence) and "…, roads, notes and coins, stresses
    and strains …" (a list): no statement, no one's."""
    result = run(_OPENING + (
        "The report, in its annex, notes that the figures rose.\n\n"
        "The visit covered schools, hospitals, roads, notes and coins, stresses and strains of the budget."))
    assert [s.text for s in result.statements] == []


def test_a_name_before_an_office_whose_portfolios_are_listed_with_commas():
    """"X, the Minister of Industry, Trade and Energy of Orlavia, Co-Chairman of the Commission, stressed …" is X's,
    not the other Co-Chairman's named after it (before, his); and with no second office after the list (before,
    no one's)."""
    assert_statements((
        "The fourth meeting of the Orlavia–Pelm Intergovernmental Commission was held in Vessby on 3 May.\n\n"
        "Edvin Sandell, the Minister of Industry, Trade and Energy of Orlavia, Co-Chairman of the Commission, stressed "
        "that trade had doubled since 2022.\n\n"
        "Edvin Sandell, the Minister of Industry, Trade and Energy of Orlavia, proposed a direct rail link.\n\n"
        "Deputy Prime Minister of Pelm, Co-Chairman of the Commission Noa Ferin noted that Pelm would open a trade house."
    ), [
        ("Edvin Sandell", "indirect",
         "Edvin Sandell, the Minister of Industry, Trade and Energy of Orlavia, Co-Chairman of the Commission, "
         "stressed that trade had doubled since 2022."),
        ("Edvin Sandell", "indirect",
         "Edvin Sandell, the Minister of Industry, Trade and Energy of Orlavia, proposed a direct rail link."),
        ("Noa Ferin", "indirect",
         "Deputy Prime Minister of Pelm, Co-Chairman of the Commission Noa Ferin noted that Pelm would open a trade house."),
    ])
