"""Patterns found by the sixtieth held-out set (benchmarks/heldout/sixtieth/, real en.kremlin.ru
readouts of 2016-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_governor_of_an_autonomous_area_with_a_second_name_after_a_dash_is_named():
    """"Governor of the Khanty-Mansi Autonomous Area – Yugra Natalya Komarova": the area, its second
    name after the dash, then her name. Read as an organisation's name ("Office of Gun Violence
    Prevention"), the phrase named no one, "the Governor" was nobody and "The President" went to
    her (kremlin_63451); "Area", like "Region" or "Territory", is a place of the country."""
    body = ("The President held a meeting, via videoconference, with Governor of the Velsk Autonomous Area – "
            "Dorna Darina Kostova.\n\n"
            "Darina Kostova reported that 2,847 cases were confirmed in the region. According to the Governor, "
            "the outbreak is manageable.\n\n"
            "The Governor pointed out that the problems on the oil markets had affected growth in the region.\n\n"
            "Petr Halen expressed support for the project.\n\n"
            "The President noted that the development in the region was a good reason to aspire for re-election.")
    assert_statements(body, [
        ("Darina Kostova", "indirect", "Darina Kostova reported that 2,847 cases were confirmed in the region."),
        ("Darina Kostova", "indirect", "According to the Governor, the outbreak is manageable."),
        ("Darina Kostova", "indirect", "The Governor pointed out that the problems on the oil markets had affected "
                                       "growth in the region."),
        ("Petr Halen", "indirect", "Petr Halen expressed support for the project."),
        ("Petr Halen", "indirect", "The President noted that the development in the region was a good reason to "
                                   "aspire for re-election."),
    ])


def test_a_figure_of_todays_that_ends_a_report_carries_it_on():
    """"Today’s test rate is 118 tests per 100,000 people." ends the governor's report paragraph:
    "Today’s" qualifies a figure, it is no news of the day ("Today, the President met …"), so the
    paragraph is his report to its end and the figures of the next paragraph carry it on
    (kremlin_63446 lost four sentences)."""
    body = ("Petr Halen held a working meeting with Velsk Region Governor Ivan Dorn.\n\n"
            "Governor Dorn reported that 1,007 beds had been prepared, which is over double the norm for the region. "
            "Today’s test rate is 118 tests per 100,000 people.\n\n"
            "A manufacturer of protective gear has been set up in Velsk Region. Reusable masks are being produced "
            "by 17 companies.\n\n"
            "Petr Halen promised to give appropriate instructions to the Government.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Governor Dorn reported that 1,007 beds had been prepared, which is over double "
                                  "the norm for the region."),
        ("Ivan Dorn", "indirect", "Today’s test rate is 118 tests per 100,000 people."),
        ("Ivan Dorn", "indirect", "A manufacturer of protective gear has been set up in Velsk Region."),
        ("Ivan Dorn", "indirect", "Reusable masks are being produced by 17 companies."),
        ("Petr Halen", "indirect", "Petr Halen promised to give appropriate instructions to the Government."),
    ])


def test_today_opening_a_sentence_after_a_report_stays_the_news_of_the_day():
    """The guard: "Today, …" (no possessive) is still the news of the day, not the report's."""
    body = ("Governor Ivan Dorn reported that 1,007 beds had been prepared. "
            "Today, a new hospital opened in Velsk Region.\n\n"
            "Petr Halen promised to give appropriate instructions to the Government.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Governor Ivan Dorn reported that 1,007 beds had been prepared."),
        ("Petr Halen", "indirect", "Petr Halen promised to give appropriate instructions to the Government."),
    ])


def test_pointed_to_several_weak_spots_is_a_point_made():
    """"Vladimir Putin pointed to several weak spots in the region’s economy, …, and he emphasised
    …": the faults he found are a point made, as "pointed to the shortcomings" (kremlin_63446 kept
    only the clause after "and he emphasised")."""
    body = ("Petr Halen held a working meeting with Velsk Region Governor Ivan Dorn.\n\n"
            "Petr Halen pointed to several weak spots in the region’s economy, including the lower figures for "
            "investment, and he emphasised the importance of fiscal discipline.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen pointed to several weak spots in the region’s economy, including the "
                                   "lower figures for investment, and he emphasised the importance of fiscal "
                                   "discipline."),
    ])


def test_pointed_to_several_buildings_stays_a_gesture():
    """The guard: pointing to things that are no fault or point ("several buildings") says nothing."""
    body = ("Petr Halen visited the Velsk shipyard.\n\n"
            "The director pointed to several buildings on the site.")
    assert_statements(body, [])


def test_a_compound_noun_opening_a_sentence_of_a_report_is_no_name():
    """"Food processing has been increasing by 17 percent a year." and "Living standards in the
    region are among the highest …" inside a governor's report: the capitalised first word opens a
    noun phrase ("Food processing", "Living standards"), no one's name, so the sentence carries the
    report on (kremlin_63446, kremlin_63451 lost them; "food" and "living" are written nowhere else
    in lower case)."""
    body = ("Petr Halen held a working meeting with Velsk Region Governor Ivan Dorn.\n\n"
            "Governor Dorn reported that the sowing campaign was completed ahead of schedule. "
            "Food processing has been increasing by 17 percent a year.\n\n"
            "Living standards in the region are among the highest in the country.\n\n"
            "Petr Halen promised to give appropriate instructions to the Government.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Governor Dorn reported that the sowing campaign was completed ahead of schedule."),
        ("Ivan Dorn", "indirect", "Food processing has been increasing by 17 percent a year."),
        ("Ivan Dorn", "indirect", "Living standards in the region are among the highest in the country."),
        ("Petr Halen", "indirect", "Petr Halen promised to give appropriate instructions to the Government."),
    ])


def test_a_surname_with_an_adverb_before_its_verb_stays_a_person_acting():
    """The guard: "Halen also has …" (an adverb after the word) names a person who acts: no carry-on."""
    body = ("Governor Ivan Dorn reported that the sowing campaign was completed ahead of schedule. "
            "Halen also has plans to visit the region.\n\n"
            "Petr Halen promised to give appropriate instructions to the Government.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Governor Ivan Dorn reported that the sowing campaign was completed ahead of "
                                  "schedule."),
        ("Petr Halen", "indirect", "Petr Halen promised to give appropriate instructions to the Government."),
    ])
