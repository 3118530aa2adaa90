"""Patterns found by the forty-seventh held-out set (benchmarks/heldout/fortyseventh/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_giving_one_man_two_offices_joined_by_and_is_his_label():
    """"Chairperson of the Coastal Union and President of Ostrava Ilse Marren(retranslated):
    …": two offices of one person joined by "and" before the name; the label is hers, not a
    group's, and her turn is not read into the host's before it (kremlin_68564 gave the
    guest's whole answer to the President)."""
    title = "Meeting with Coastal Union Chairperson, President of Ostrava Ilse Marren"
    body = ("Petr Halen held talks with Chairperson of the Coastal Union, President of Ostrava Ilse Marren.\n\n"
            "Participants in the talks discussed cooperation.*** President of Velmora Petr Halen: Madam President, "
            "I am happy to see you here. Our trade is growing. Welcome. Chairperson of the Coastal Union and "
            "President of Ostrava Ilse Marren(retranslated): Thank you very much, Mr President. We are pinning great "
            "hopes on our cooperation. <…>")
    assert_statements(body, [
        ("Petr Halen", "direct", "Madam President, I am happy to see you here. Our trade is growing. Welcome."),
        ("Ilse Marren", "direct", "Thank you very much, Mr President. We are pinning great hopes on our cooperation."),
    ], title=title)


def test_giving_ones_assessments_is_a_statement():
    """"Petr Halen gave his assessments of the talks …": the plural of "gave his assessment"
    (kremlin_68040 missed it)."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "Petr Halen gave his assessments of the talks and the course of the border negotiations. "
            "The leaders agreed to continue their dialogue.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen gave his assessments of the talks and the course of the border "
                                   "negotiations."),
    ])


def test_sharing_with_someone_ones_assessment_is_a_statement():
    """"Ilse Marren shared with Petr Halen her assessment of …": the person told stands between
    the verb and its object (kremlin_68040 missed it)."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "Ilse Marren shared with Petr Halen her assessment of the situation in the region based on her recent "
            "contacts. The leaders agreed to continue their dialogue.")
    assert_statements(body, [
        ("Ilse Marren", "indirect", "Ilse Marren shared with Petr Halen her assessment of the situation in the "
                                    "region based on her recent contacts."),
    ])


def test_an_assessment_that_is_no_ones_opinion_does_not_end_a_carry_on():
    """"Many projects were left unfinished, including those that require a serious assessment by
    the auditors.": "assessment" here is a thing to be done, not "in his assessment", someone's
    opinion; the sentence carries on the Governor's report between two of his statements
    (kremlin_68145 left it out)."""
    body = ("Petr Halen had a working meeting with Governor Ivo Dask.\n\n"
            "Petr Halen reminded the Governor about the problem of water supply. Ivo Dask said that the water supply "
            "was a long-standing problem. Many projects were left unfinished for "
            "different reasons, including those that require a serious assessment by the auditors. Ivo Dask also "
            "said that work had begun on a new pipeline.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen reminded the Governor about the problem of water supply."),
        ("Ivo Dask", "indirect", "Ivo Dask said that the water supply was a long-standing problem."),
        ("Ivo Dask", "indirect", "Many projects were left unfinished for different reasons, including those that "
                                 "require a serious assessment by the auditors."),
        ("Ivo Dask", "indirect", "Ivo Dask also said that work had begun on a new pipeline."),
    ])


def test_an_aside_in_parentheses_with_its_own_clause_is_not_its_speakers_sentence():
    """"Since the city is an attractive place (as the President noted, it is the oldest city in the
    country), tourism keeps growing there.": the President's remark is set into the Governor's
    report, which the sentence carries on; it is not the President's sentence (kremlin_68145 gave
    it to the President up to the closing parenthesis)."""
    body = ("Petr Halen had a working meeting with Governor Ivo Dask.\n\n"
            "Ivo Dask said that the number of the unemployed dropped. Since the city is an attractive place (as the "
            "President noted, it is the oldest city in the country), tourism keeps growing there. Ivo Dask also said "
            "that new hotels were being built.")
    assert_statements(body, [
        ("Ivo Dask", "indirect", "Ivo Dask said that the number of the unemployed dropped."),
        ("Ivo Dask", "indirect", "Since the city is an attractive place (as the President noted, it is the oldest "
                                 "city in the country), tourism keeps growing there."),
        ("Ivo Dask", "indirect", "Ivo Dask also said that new hotels were being built."),
    ])
