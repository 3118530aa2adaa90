"""Patterns found by the sixty-fifth held-out set (benchmarks/heldout/sixtyfifth/, real en.kremlin.ru
readouts of 2016-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_governor_is_the_head_of_a_republic_of_the_country():
    """"Head of the Republic of Dornia Ivan Velsky … According to the Governor, …": the head of a
    republic of the country is its governor, as the head of a region is (kremlin_51445, "Head of
    Buryatia Vyacheslav Nagovitsyn … According to the Governor, …", lost with the paragraph between)."""
    body = ("Petr Halen had a working meeting with Head of the Republic of Dornia Ivan Velsky.\n\n"
            "Mr Velsky noted that industrial output grew by 2 percent.\n\n"
            "According to the Governor, the number of tourists increased.\n\n"
            "The Governor asked for support in building a new hospital.")
    assert_statements(body, [
        ("Ivan Velsky", "indirect", "Mr Velsky noted that industrial output grew by 2 percent."),
        ("Ivan Velsky", "indirect", "According to the Governor, the number of tourists increased."),
        ("Ivan Velsky", "indirect", "The Governor asked for support in building a new hospital."),
    ])


def test_a_paragraph_that_opens_according_to_an_official_is_their_report_carried_on():
    """"According to the Governor, … ." as a paragraph of its own is the official's account, a report
    to its end: the paragraph of figures after it, in which no one acts or speaks, goes on with it
    ("Natural population growth in the region reached 6,000 people. …", kremlin_51445)."""
    body = ("Petr Halen held a working meeting with Velsk Region Governor Ivan Dorn.\n\n"
            "According to the Governor, industrial output grew by 3 percent last year.\n\n"
            "Natural population growth in the region reached 6,000 people. New schools are being built.\n\n"
            "Petr Halen wished the Governor success.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "According to the Governor, industrial output grew by 3 percent last year."),
        ("Ivan Dorn", "indirect", "Natural population growth in the region reached 6,000 people."),
        ("Ivan Dorn", "indirect", "New schools are being built."),
        ("Petr Halen", "indirect", "Petr Halen wished the Governor success."),
    ])


def test_news_after_a_paragraph_according_to_a_leader_stays_narrative():
    """Guard: after "According to Ivan Dorn, the talks were constructive." a paragraph of what
    the leaders will do ("On Friday, the two presidents will visit …") is no one's report."""
    body = ("Petr Halen held talks with President of Ostrania Ivan Dorn.\n\n"
            "According to Ivan Dorn, the talks were constructive.\n\n"
            "On Friday, the two presidents will visit the port of Velsk.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "According to Ivan Dorn, the talks were constructive."),
    ])


def test_a_capitalised_adjective_before_a_list_of_plurals_is_no_name():
    """"Preschool facilities, schools and sports centres are being built, …" in a governor's
    report: a lone capitalised word before a list of plural nouns and their verb is an adjective
    opening the sentence, no one's name, so the report goes on (kremlin_51445)."""
    body = ("Petr Halen held a working meeting with Velsk Region Governor Ivan Dorn.\n\n"
            "Governor Dorn reported that industrial output grew by 3 percent last year. "
            "Preschool facilities, schools and sports centres are being built.\n\n"
            "Petr Halen wished the Governor success.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Governor Dorn reported that industrial output grew by 3 percent last year."),
        ("Ivan Dorn", "indirect", "Preschool facilities, schools and sports centres are being built."),
        ("Petr Halen", "indirect", "Petr Halen wished the Governor success."),
    ])
