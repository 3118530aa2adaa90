"""Statements found by helper h836's mends of sixhundredtwentyseventh (the Government of Prince Edward Island's
releases): a quotation signed after its closing mark with a spaced hyphen and a full stop ("“…” - Hon. X Y, Premier
of Z."); a surname "King" after a lone given name ("Hon. Rowan King"), not a king of a country "Rowan"; an island's
name after a style and a first name ("the Premier of Prince Ardel Island"), no person "Island"; the noun "states"
after a place's name inside its clause ("visited key New Varda states, engaged with …"), no place stating anything.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep the verbs and offices read as before.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_signed_after_a_spaced_hyphen_with_a_full_stop():
    """"“…” - Hon. Rowan King, Premier of Velland." on the quotation's own line: the signer's words (before, the
    quotation went to the last capitalised group named, "Team Velland")."""
    assert_statements(
        "Premier Rowan King and Team Velland have concluded a trade mission to Ostmark.\n\n"
        "During the mission, Premier King and Team Velland heard a clear message from business leaders.\n\n"
        "“The mission allowed us to reinforce our relationship with Ostmark. The discussions were extremely productive.”"
        " - Hon. Rowan King, Premier of Velland.\n\n"
        "The province will continue advocating for open trade.", [
            ("Rowan King", "direct",
             "The mission allowed us to reinforce our relationship with Ostmark. The discussions were extremely productive."),
        ], title="Team Velland concludes mission")


def test_a_signature_that_is_a_sentence_signs_nothing():
    """Guard: "“…” - the Premier said." after a quotation is no signature line: the quotation the Premier's, as before."""
    assert_statements(
        "Premier Lena Marr met the Ambassador of Ostmark, Ida Brun.\n\n"
        "“We will open a trade office in Ostmark next year.” - the Premier said.", [
            ("Lena Marr", "direct", "We will open a trade office in Ostmark next year."),
        ])


def test_a_statement_under_premier_surname_king_in_the_title():
    """A title "Statement by Premier King on …" and a lead-in "Hon. Rowan King, Premier of Prince Ardel Island,
    issued the following statement": the body's paragraphs his (before, "Prince Ardel Island" was a person
    "Ardel Island" and "Rowan King" a king of a country "Rowan": nobody's)."""
    assert_statements(
        "Hon. Rowan King, Premier of Prince Ardel Island, issued the following statement on the tariff pause:\n\n"
        "“Our province will also pause the planned removal of products from our shelves.\n\n"
        "I have been in close contact with my fellow First Ministers.”", [
            ("Rowan King", "direct", "Our province will also pause the planned removal of products from our shelves."),
            ("Rowan King", "direct", "I have been in close contact with my fellow First Ministers."),
        ], title="Statement by Premier King on the tariff pause")


def test_a_country_s_king_stays_a_king():
    """Guard: "the Ostmarkian King thanked …" is the king of Ostmark, as before; "King Ivo said" too."""
    assert_statements(
        "King Ivo of Ostmark received Premier Lena Marr of Velland.\n\n"
        "The Ostmarkian King thanked the Premier for the visit.", [
            ("Ivo", "indirect", "The Ostmarkian King thanked the Premier for the visit."),
        ])


def test_states_after_a_place_named_inside_a_relative_clause_is_a_noun():
    """"The delegation, which visited key New Varda states, engaged with Governors …": narrative (before, an indirect
    statement of a person "New Varda", "states" read as the verb); so "officials from New Varda states met …"."""
    assert_statements(
        "Premier Rowan King led a delegation to the south.\n\n"
        "The delegation, which visited key New Varda states, engaged with Governors Ana Holm and Ida Brun, as well"
        " as industry leaders.\n\n"
        "Officials from New Varda states met the delegation in Port Ansel.", [])


def test_states_after_an_office_and_a_name_stays_a_verb():
    """Guard: "and Governor Ana Holm states the importance of …" and "Ana Holm states, in her letter, that …": hers."""
    assert_statements(
        "Premier Rowan King met Governor Ana Holm of Varda.\n\n"
        "In the letter, Governor Ana Holm states the importance of the ferry link.", [
            ("Ana Holm", "indirect", "In the letter, Governor Ana Holm states the importance of the ferry link."),
        ])
