"""Patterns found by the sixty-first held-out set (benchmarks/heldout/sixtyfirst/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined: reported working
meetings with governors, calls): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Petr Halen held a working meeting with Governor of the Tarvik Region Ivo Stanek.\n\n"


def test_providing_ones_assessments_is_a_statement():
    """"Petr Halen provided his principled assessments of the progress made at the talks …":
    the plural, as "gave his assessments" (kremlin_68020 missed it)."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "The leaders discussed the situation on the border. Petr Halen provided his principled assessments of the "
            "progress made at the talks between the two delegations.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen provided his principled assessments of the progress made at the talks "
                                   "between the two delegations."),
    ])


def test_ending_a_conversation_by_wishing_is_a_statement():
    """"Petr Halen ended the conversation by wishing Ana a happy New Year …": a wish, as "began
    by thanking" (kremlin_67365 missed it); ending a visit by laying a wreath is an act."""
    body = ("Petr Halen had a telephone conversation with 12-year-old Ana Marek from the Tarvik Region.\n\n"
            "The girl was taken on a tour of the National Theatre. Petr Halen ended the conversation by wishing Ana a "
            "happy New Year, good health and high spirits. Ilse Marren ended her visit by laying a wreath at the "
            "memorial.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen ended the conversation by wishing Ana a happy New Year, good health and "
                                   "high spirits."),
    ])


def test_a_governor_starting_his_report_with_an_update_reports_and_he_is_the_governor():
    """"The Governor started his report with a coronavirus update. He said the healthcare system
    is generally coping. …": a report begun is a statement, so the "He" after it is the Governor,
    not the President who spoke before (kremlin_68025 gave "He said …" and what carried it on to
    the President)."""
    body = (_MEETING + "Petr Halen noted that the region is one of the national leaders. The Governor started his "
            "report with a coronavirus update. He said the healthcare system is generally coping. Everything necessary "
            "is available. The Governor told the President how the region reduced infant mortality.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen noted that the region is one of the national leaders."),
        ("Ivo Stanek", "indirect", "The Governor started his report with a coronavirus update."),
        ("Ivo Stanek", "indirect", "He said the healthcare system is generally coping."),
        ("Ivo Stanek", "indirect", "Everything necessary is available."),
        ("Ivo Stanek", "indirect", "The Governor told the President how the region reduced infant mortality."),
    ])


def test_a_certain_as_a_determiner_does_not_stop_a_carry_on():
    """"Primary care development efforts should also have a certain impact." between two
    statements of the Governor: "a certain" says which one, it is no belief, so the sentence
    carries his report on (kremlin_68031, kremlin_68025 missed such sentences)."""
    body = (_MEETING + "The President noted that industrial production was growing in the region. Ivo Stanek believes "
            "that people have started moving to the region. Healthcare remains a complicated issue. Primary care "
            "development efforts should also have a certain impact. Ivo Stanek also reported on efforts to restore "
            "military graves.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President noted that industrial production was growing in the region."),
        ("Ivo Stanek", "indirect", "Ivo Stanek believes that people have started moving to the region."),
        ("Ivo Stanek", "indirect", "Healthcare remains a complicated issue."),
        ("Ivo Stanek", "indirect", "Primary care development efforts should also have a certain impact."),
        ("Ivo Stanek", "indirect", "Ivo Stanek also reported on efforts to restore military graves."),
    ])


def test_a_quoted_term_in_a_sentence_between_two_statements_leaves_it_carried_on():
    """"After ten years of service, they become eligible for "northern" wage premiums." between
    two statements of the Governor: the quoted term is no one's words, the sentence carries his
    report on, as `_carry_report` has it (kremlin_68025 missed it)."""
    body = (_MEETING + "The President noted that industrial production was growing in the region. Ivo Stanek also spoke "
            "about the wages of public sector employees in the Arctic. After ten years of service, they become "
            "eligible for \"northern\" wage premiums. Many organisations lack workers. The governor explained that the "
            "premiums can reach 80 percent.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President noted that industrial production was growing in the region."),
        ("Ivo Stanek", "indirect", "Ivo Stanek also spoke about the wages of public sector employees in the Arctic."),
        ("Ivo Stanek", "indirect", "After ten years of service, they become eligible for \"northern\" wage premiums."),
        ("Ivo Stanek", "indirect", "Many organisations lack workers."),
        ("Ivo Stanek", "indirect", "The governor explained that the premiums can reach 80 percent."),
    ])


def test_all_this_is_things_spoken_of_not_a_group_ending_a_report():
    """"All this is very important for demographics." inside the Governor's report: things, not
    a group acting, so neither it nor the sentence after it ends the report (kremlin_68025
    missed both)."""
    body = (_MEETING + "Ivo Stanek said that the region has low unemployment. Incomes are high. All this is very "
            "important for demographics. The region is among the first in natural population increase. The Governor "
            "told the President about a pilot project in the region's hospitals.")
    assert_statements(body, [
        ("Ivo Stanek", "indirect", "Ivo Stanek said that the region has low unemployment."),
        ("Ivo Stanek", "indirect", "Incomes are high."),
        ("Ivo Stanek", "indirect", "All this is very important for demographics."),
        ("Ivo Stanek", "indirect", "The region is among the first in natural population increase."),
        ("Ivo Stanek", "indirect", "The Governor told the President about a pilot project in the region's hospitals."),
    ])


def test_its_figure_is_a_things_and_carries_the_report_on():
    """"Its GRP increased by over 10 percent last year, …" between two statements of the
    President: "Its" is a thing's, the acronym after it no one acting (kremlin_68025 missed it)."""
    body = (_MEETING + "Petr Halen noted that the region is one of the national leaders. Its GRP increased by over 10 "
            "percent last year. The President emphasised that there are still issues that require attention.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen noted that the region is one of the national leaders."),
        ("Petr Halen", "indirect", "Its GRP increased by over 10 percent last year."),
        ("Petr Halen", "indirect", "The President emphasised that there are still issues that require attention."),
    ])


def test_a_passive_inside_a_condition_tells_of_no_event():
    """"There would be more flexibility … if premiums were paid to workers from day one."
    between two statements of the Governor: the passive is a condition put, nothing that happened,
    so the sentence carries his report on (kremlin_68025 missed it)."""
    body = (_MEETING + "Ivo Stanek also spoke about the shortage of workers in the Arctic. There would be more "
            "flexibility in resolving this issue if premiums were paid to workers from day one. The governor explained "
            "that the premiums are accumulated.")
    assert_statements(body, [
        ("Ivo Stanek", "indirect", "Ivo Stanek also spoke about the shortage of workers in the Arctic."),
        ("Ivo Stanek", "indirect", "There would be more flexibility in resolving this issue if premiums were paid to "
                                   "workers from day one."),
        ("Ivo Stanek", "indirect", "The governor explained that the premiums are accumulated."),
    ])


def test_the_last_report_of_a_joined_paragraph_goes_on_to_its_end():
    """A reported meeting joined into one paragraph: the President's report opens it, the
    Governor reports after it, and the sentences after the Governor's last report ("The church
    was finished after the war. For many years, the church was dilapidated …") carry that report
    to the paragraph's end, as the opener's would (kremlin_68031 missed the last two)."""
    body = (_MEETING + "The President noted that industrial production was growing in the region. The Governor said that "
            "incomes were growing for the first time in years. The governor also reported that the Church of the "
            "Trinity had been restored. The church was finished after the war. For many years, the church was "
            "dilapidated but today it is once again a fine place of worship.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President noted that industrial production was growing in the region."),
        ("Ivo Stanek", "indirect", "The Governor said that incomes were growing for the first time in years."),
        ("Ivo Stanek", "indirect", "The governor also reported that the Church of the Trinity had been restored."),
        ("Ivo Stanek", "indirect", "The church was finished after the war."),
        ("Ivo Stanek", "indirect", "For many years, the church was dilapidated but today it is once again a fine place "
                                   "of worship."),
    ])


def test_the_last_report_goes_on_only_where_the_paragraph_opens_with_a_report():
    """A call whose paragraph opens with the leaders together and goes on with what they did: the
    closing sentence after the guest's later report is the readout's, not carried on. (A report
    in the paragraph's second sentence, right after the pair's, carries on: test_patterns_fiftyninth's
    test_a_report_after_an_opening_sentence_of_the_pair_carries_on.)"""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "The leaders discussed the situation on the border. They agreed to stay in contact. Ilse Marren informed "
            "Petr Halen about her contacts with the leaders of Tarvik. The border has been closed since May.")
    assert_statements(body, [
        ("Ilse Marren", "indirect", "Ilse Marren informed Petr Halen about her contacts with the leaders of Tarvik."),
    ])
