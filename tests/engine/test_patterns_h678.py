"""Statements found by helper h678's set fivehundredsixth (the OECS Commission's press room): a styled name after
"Letters of Credence to", an office in apposition closed by the occasion after it ("… of the Board at a virtual
ceremony"), a paragraph that ends in a speech verb and a bare "that" (or in "According to X,") before a quoted
paragraph, and a surname written with a lower-case "d’" particle.

Each test is a small invented readout (invented people and bodies); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_styled_name_after_letters_of_credence_to():
    """"presented her Letters of Credence to Dr. X, Director General of the Board": the capitalised thing, "to" and a
    style are one run of capitals, and the styled name in it is a person (before, nobody, so "The Director General
    congratulated …" was nobody's)."""
    assert_statements((
        "Ms. Ingrith Valloway, Ambassador of Norlandia to the Tarrow Basin Board, presented her Letters of Credence "
        "to Dr. Osric Pembleton, Director General of the Board.\n\n"
        "The Director General congratulated Ambassador Valloway on her appointment."
    ), [
        ("Osric Pembleton", "indirect", "The Director General congratulated Ambassador Valloway on her appointment."),
    ])


def test_office_in_apposition_closed_by_the_occasion():
    """"Dr. X, Director General of the Board at a virtual ceremony on Friday": the occasion after the office, no comma
    before it, closes the office as a comma would, so "The Director General welcomed …" is X's (before, nobody's)."""
    assert_statements((
        "Ms. Ingrith Valloway met Dr. Osric Pembleton, Director General of the Tarrow Basin Board at a virtual "
        "ceremony on Friday, May 7.\n\n"
        "The Director General congratulated and welcomed Ambassador Valloway to the Board, and expressed the Board’s "
        "commitment to closer ties."
    ), [
        ("Osric Pembleton", "indirect", "The Director General congratulated and welcomed Ambassador Valloway to the "
                                        "Board, and expressed the Board’s commitment to closer ties."),
    ])


def test_verb_and_bare_that_before_a_quoted_paragraph_only_leads_in():
    """"Commenting on …, Ambassador X remarked that" / "“…”" and "The Director General further noted that" / "“…”": a
    paragraph that ends in a speech verb and "that" leads in to the quotation that opens the next paragraph, as a colon
    does; it is no statement of its own (before, an indirect statement "… remarked that")."""
    assert_statements((
        "Ms. Ingrith Valloway, Ambassador of Norlandia, met Dr. Osric Pembleton, Director General of the Tarrow Basin "
        "Board, on Friday.\n\n"
        "Commenting on the history of the relationship, Ambassador Valloway remarked that\n\n"
        "“Norlandia and the Basin have been partners from the very beginning.”\n\n"
        "The Director General further noted that\n\n"
        "“These projects have built capacity in every member state.”\n\n"
        "Ambassador Valloway noted that the fisheries programme would continue."
    ), [
        ("Ingrith Valloway", "direct", "Norlandia and the Basin have been partners from the very beginning."),
        ("Osric Pembleton", "direct", "These projects have built capacity in every member state."),
        ("Ingrith Valloway", "indirect", "Ambassador Valloway noted that the fisheries programme would continue."),
    ])


def test_according_to_a_name_before_a_quoted_paragraph_only_leads_in():
    """"According to Dr. X," alone in its paragraph, then a quoted paragraph: the source of the quotation, no
    statement of its own (before, an indirect statement "According to Dr. X")."""
    assert_statements((
        "Dr. Maelis Corrigan, Secretary General of the Tarrow Community, met Dr. Osric Pembleton on Monday.\n\n"
        "According to Dr. Corrigan,\n\n"
        "‘’It is essential that we work together on the rising seas.’’"
    ), [
        ("Maelis Corrigan", "direct", "It is essential that we work together on the rising seas."),
    ])


def test_surname_with_a_lower_case_d_particle():
    """"Mr. Ausric D’Averne" and then "Mr. d’Averne": the particle written in lower case opens a name's word all the
    same, the same person (before, "Mr. d’Averne conveyed …" was nobody's)."""
    assert_statements((
        "Board Member Mr. Ausric D’Averne paid a courtesy visit to Dr. Osric Pembleton on 21 May.\n\n"
        "Mr. d’Averne conveyed the Board’s strong commitment to the water programme."
    ), [
        ("Ausric D’Averne", "indirect", "Mr. d’Averne conveyed the Board’s strong commitment to the water programme."),
    ])


def test_presented_on_a_panel_is_where_he_spoke_not_a_topic():
    """"Dr. X presented on the forum’s closing panel titled “…” where he compared small states to" / "“…”": the panel
    he presented on is where he spoke, no topic, so the sentence is no statement (its quotation after it is his); the
    guard: "presented on the results of …" is still a topic reported."""
    assert_statements((
        "Dr. Osric Pembleton, Director General of the Tarrow Basin Board, spoke at the Harrowgate Forum on Monday.\n\n"
        "Dr. Pembleton presented on the forum’s closing panel titled “The Last Mile” where he compared small states "
        "to\n\n"
        "“an ideal laboratory on a small scale”.\n\n"
        "Dr. Pembleton presented on the results of the water survey."
    ), [
        ("Osric Pembleton", "direct", "an ideal laboratory on a small scale"),
        ("Osric Pembleton", "indirect", "Dr. Pembleton presented on the results of the water survey."),
    ])
