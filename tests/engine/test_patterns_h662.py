"""Statements found by helper h662's set hard56 (constructions found missed in real pages): an academic title in
brackets inside an office ("Foreign Minister (Dr.) X"), a body's lower-case adjective inside an office ("the head of the
hemispheric Organization"), "the top Bolivian diplomat" as its foreign minister, a body's Secretary or Director General
as "the head of the Agency", and "Sir X welcomed … and Private Secretary, Mrs Y spoke on …" cut at "and".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_bracketed_title_inside_an_office():
    """"Foreign Minister (Dr.) X received …, The Foreign Minister welcomed …": the bracketed title is read as the title
    alone, so the office is X's (before, "The Foreign Minister" was no one's: an office with no holder named)."""
    result = assert_statements((
        "Foreign Minister (Dr.) Anselmo Vittringer received the new Ambassador of Pollandia, Mr. Radko Ferenczy-Lamb, "
        "in Ostgrave on 5 May.\n\n"
        "Ambassador Ferenczy-Lamb thanked the Minister for the welcome and conveyed the greetings of the Pollandian "
        "Foreign Minister.\n\n"
        "The Foreign Minister welcomed the Ambassador and assured him of his ministry's support."
    ), [
        ("Radko Ferenczy-Lamb", "indirect", "Ambassador Ferenczy-Lamb thanked the Minister for the welcome and conveyed "
                                            "the greetings of the Pollandian Foreign Minister."),
        ("Anselmo Vittringer", "indirect", "The Foreign Minister welcomed the Ambassador and assured him of his "
                                          "ministry's support."),
    ])
    assert result.statements
    # the text quoted as written: the brackets stay in the statement's words
    bracketed = run("Minister of Health (Prof.) Ilse Quarrendon said that the clinics would open in June.")
    assert [(s.speaker, s.text) for s in bracketed.statements] == [
        ("Ilse Quarrendon", "Minister of Health (Prof.) Ilse Quarrendon said that the clinics would open in June.")]


def test_a_bodys_lower_case_adjective_inside_an_office():
    """"The head of the hemispheric Organization noted …", "The head of the regional Agency praised …": the adjective
    is the body's, the office reads on to the body's word, and the body's Secretary or Director General heads it
    (before, the phrase was the body alone, a thing: no speaker)."""
    assert_statements((
        "The Secretary General of the Organization of Calderan States, Bertil Ossandrow, met the Minister of Health of "
        "Ferromar, Lidia Castelbrand, on 2 June. The Director General of the Marlowe Seed Agency, Dr. Oren "
        "Wallachey, also attended.\n\n"
        "The head of the hemispheric Organization noted that the drought had reached three member states.\n\n"
        "The head of the regional Agency praised Ferromar's farmers."
    ), [
        ("Bertil Ossandrow", "indirect", "The head of the hemispheric Organization noted that the drought had reached "
                                         "three member states."),
        ("Oren Wallachey", "indirect", "The head of the regional Agency praised Ferromar's farmers."),
    ])


def test_the_top_national_diplomat_is_the_foreign_minister():
    """"The top Ferromarian diplomat said …": the country's foreign minister, as "Ferromar's top diplomat" is, not its
    ambassador (before, read as "the diplomat", the ambassador of that country named in the readout)."""
    assert_statements((
        "The Secretary General of the Organization of Calderan States, Bertil Ossandrow, met the Foreign Minister of "
        "Ferromar, Lidia Castelbrand, on 2 June. The Permanent Representative of Ferromar, Ambassador Kasimir "
        "Doyle-Vantresca, accompanied the Minister.\n\n"
        "The top Ferromarian diplomat said that her government would host the water conference."
    ), [
        ("Lidia Castelbrand", "indirect", "The top Ferromarian diplomat said that her government would host the water "
                                          "conference."),
    ])


def test_another_persons_clause_then_and_an_office_set_off_before_the_speaker():
    """"Sir X welcomed the students to Government House and Private Secretary, Mrs Y spoke on …": Sir X's clause (a
    host's act) is no part of Mrs Y's statement, which opens at her office (before, all of it was hers)."""
    assert_statements((
        "The Governor-General, Sir Hollis Wentmarsh-Day, received students from Pellbrook College on 4 April.\n\n"
        "Sir Hollis Wentmarsh-Day welcomed the students to Government House and Private Secretary, Mrs Ottoline "
        "Grevesand-Pike spoke on the history of the building."
    ), [
        ("Ottoline Grevesand-Pike", "indirect", "Private Secretary, Mrs Ottoline Grevesand-Pike spoke on the history "
                                                "of the building."),
    ])


def test_guard_one_subject_of_two_people_is_not_cut():
    """Guard: "Sir X and Mrs Y spoke on …" is one subject, a pair: no statement, not cut at "and" for Mrs Y."""
    result = run(
        "The Governor-General, Sir Hollis Wentmarsh-Day, received students on 4 April.\n\n"
        "Sir Hollis Wentmarsh-Day and Mrs Ottoline Grevesand-Pike spoke on the history of the building."
    )
    assert [s.speaker for s in result.statements if s.speaker] == []


def test_addressed_a_chamber_is_an_audience():
    """"X addressed the Ardmore Chamber of Commerce in … on …": a chamber spoken to, an audience as a council is, so a
    speech delivered with no words given, narrative (before, a statement of his); what he noted after it stays his."""
    assert_statements((
        "The High Commissioner of Velloria, Mr. Osric Pendlebury-Vane, addressed the Harrowgate Chamber of Commerce "
        "in Kingsmead on 12 June.\n\n"
        "He noted that trade between the two countries had grown by a third."
    ), [
        ("Osric Pendlebury-Vane", "indirect", "He noted that trade between the two countries had grown by a third."),
    ])
