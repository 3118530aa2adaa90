"""Statements found by helper h775's set fivehundredeightieth (the SADC and COMESA secretariats' own news): an office in
apposition whose name a date closes with no comma before it ("…, Dr. X on 6th August 2018"); the spelled-out style
"Honourable" before "Dr." between an office's comma and the name; a relative clause set off after the subject by its
opening comma alone that ends on an office and its name, the name's closing comma left out ("Ms X, who was represented
by the Assistant Secretary General …, Dr Y described …": X's).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_date_after_a_name_in_apposition_closes_it_as_a_comma_would():
    """"paid a courtesy call on the Minister of Finance of Quendal, Dr. Mira Ossant on 6th August 2018": the office is
    hers, so "The Minister thanked …" is hers (before, the office was not read and "The Minister" went to the
    caller)."""
    assert_statements((
        "The Executive Secretary Dr Lene Marsk paid a courtesy call on the Minister of Finance of Quendal, "
        "Dr. Mira Ossant on 6th August 2018.\n\n"
        "The Minister thanked Dr. Marsk for her visit and praised the work of the Secretariat."
    ), [
        ("Mira Ossant", "indirect",
         "The Minister thanked Dr. Marsk for her visit and praised the work of the Secretariat."),
    ])


def test_a_weekday_after_a_name_in_apposition_closes_it_too():
    """"met the Minister of Roads of Quendal, Mr. Tobin Aske on Monday": the same with a weekday."""
    assert_statements((
        "The Secretary General Ms Vera Lindqvist-Ohm met the Minister of Roads of Quendal, Mr. Tobin Aske on "
        "Monday.\n\n"
        "The Minister assured the Secretary General of his support."
    ), [
        ("Tobin Aske", "indirect", "The Minister assured the Secretary General of his support."),
    ])


def test_the_spelled_out_style_honourable_before_dr_leaves_the_office_hers():
    """"the Minister of Trade of Quendal, Honourable Dr. Ines Farro, on …": "Honourable" the run of the name leaves
    out stands between the office's comma and the name; the office is still hers (before, "The Minister" was no
    one)."""
    assert_statements((
        "The Executive Secretary Dr Lene Marsk paid a courtesy call on the newly appointed Minister of Trade of "
        "Quendal, Honourable Dr. Ines Farro, on 3rd May 2019.\n\n"
        "Dr Marsk informed the Minister that the region remains calm.\n\n"
        "The Minister thanked Dr Marsk for the briefing."
    ), [
        ("Lene Marsk", "indirect", "Dr Marsk informed the Minister that the region remains calm."),
        ("Ines Farro", "indirect", "The Minister thanked Dr Marsk for the briefing."),
    ])


def test_a_who_clause_ending_on_an_office_and_its_name_unclosed_is_an_aside_of_the_subject():
    """"Ms X, who was represented by the Assistant Secretary General Administration and Finance, Dr Y described …":
    the relative clause's closing comma is left out after the office's name; the subject is X (before, Y)."""
    assert_statements((
        "Secretary General Ilse Varrow-Tamm held a brief ceremony at the Secretariat on Tuesday.\n\n"
        "Ms Varrow-Tamm, who was represented by the Assistant Secretary General Administration and Finance, "
        "Dr Per Holmgaard described the two envoys as champions of regional integration. She added that the "
        "organization had benefitted from their counsel."
    ), [
        ("Ilse Varrow-Tamm", "indirect",
         ("Ms Varrow-Tamm, who was represented by the Assistant Secretary General Administration and Finance, "
          "Dr Per Holmgaard described the two envoys as champions of regional integration.")),
        ("Ilse Varrow-Tamm", "indirect", "She added that the organization had benefitted from their counsel."),
    ])


def test_guard_a_who_clause_closed_after_the_name_still_leaves_the_subject_speaking():
    """"Ms X, who met the Minister of Roads, Mr Y, said …": the clause closed, X's as before; and "Mr Y said …" in
    a sentence of his own stays his."""
    assert_statements((
        "Ms Ilse Varrow-Tamm, who met the Minister of Roads, Mr Tobin Aske, said the road was ready.\n\n"
        "Mr Aske said the bridge would follow."
    ), [
        ("Ilse Varrow-Tamm", "indirect",
         "Ms Ilse Varrow-Tamm, who met the Minister of Roads, Mr Tobin Aske, said the road was ready."),
        ("Tobin Aske", "indirect", "Mr Aske said the bridge would follow."),
    ])


def test_a_bare_office_and_a_minister_known_by_his_office_are_still_two_people():
    """"Secretary General and Minister Y exchanged views …" after "the Minister of Foreign Affairs of …, H.E. Y Z on 4
    May 2023": now that the date closes the name, Y is known as the minister; the office next to the surname is his,
    so the surname is still his and the two a pair (before this rule, the first office clashed with his and made a
    second, lone "Z" who took his statements)."""
    assert_statements((
        "Secretary General of the Union of Fen States (UFS), H.E. Dara Kessel had a meeting with the Minister of "
        "Foreign Affairs of the Republic of Ostmark, H.E. Ivo Brandtner on 4 May 2023.\n\n"
        "Secretary General and Minister Brandtner exchanged views on the latest developments in the region.\n\n"
        "Minister Brandtner stressed the necessity of strengthening the Secretariat’s role."
    ), [
        ("Ivo Brandtner", "indirect", "Minister Brandtner stressed the necessity of strengthening the Secretariat’s role."),
    ])


def test_guard_a_monarchs_style_and_a_president_stay_two_people():
    """"His Majesty and President X discussed …": a style before "and", no bare office; the King's later statements
    stay his (a first reading of the rule gave them to the President)."""
    assert_statements((
        "His Majesty King Anselm III met on Tuesday with President of the Republic of Ostmark Ivo Brandtner, who is on "
        "a working visit to the Kingdom.\n\n"
        "During the meeting, His Majesty and President Brandtner discussed means to expand cooperation.\n\n"
        "His Majesty stressed the importance of the strong ties between the two countries.\n\n"
        "The King reaffirmed the Kingdom's support for all efforts to achieve peace."
    ), [
        ("Anselm III", "indirect", "His Majesty stressed the importance of the strong ties between the two countries."),
        ("Anselm III", "indirect", "The King reaffirmed the Kingdom's support for all efforts to achieve peace."),
    ])
