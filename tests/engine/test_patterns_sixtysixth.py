"""Patterns found by the sixty-sixth held-out set (benchmarks/heldout/sixtysixth/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined: reported working
meetings with governors, calls): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Petr Halen held a working meeting with Governor of the Tarvik Region Ivo Stanek.\n\n"


def test_giving_an_account_of_talks_is_a_statement():
    """"The President of Ostrava gave a detailed account of the series of talks …": he told of
    them (kremlin_67970 missed it); "gave an account number" is no speech."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "The leaders discussed the situation on the border. Petr Halen gave a detailed account of the series of "
            "talks held by the two delegations over the past days. Ilse Marren gave the bank an account number.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen gave a detailed account of the series of talks held by the two "
                                   "delegations over the past days."),
    ])


def test_all_before_a_noun_is_things_spoken_of_not_a_group_ending_a_report():
    """"All municipal facilities … will have gas by 2025" and "All types of vessels will be able to
    enter the port." inside the Governor's report: "All" opens a noun phrase of things, not a group
    acting, so they carry the report on (kremlin_68358 missed both); "All the leaders …" and "All
    agreed …" are still groups."""
    body = (_MEETING + "The Governor stressed the importance of gas supply in the region. All municipal facilities "
            "and all schools will have gas by 2025. Ivo Stanek noted that 6,000 households are connected. The port has "
            "been built. All types of vessels will be able to enter the port. The Governor said that the "
            "tourist season will start in 2024. All agreed to meet again. All the leaders welcomed the plan.")
    assert_statements(body, [
        ("Ivo Stanek", "indirect", "The Governor stressed the importance of gas supply in the region."),
        ("Ivo Stanek", "indirect", "All municipal facilities and all schools will have gas by 2025."),
        ("Ivo Stanek", "indirect", "Ivo Stanek noted that 6,000 households are connected."),
        ("Ivo Stanek", "indirect", "The port has been built."),
        ("Ivo Stanek", "indirect", "All types of vessels will be able to enter the port."),
        ("Ivo Stanek", "indirect", "The Governor said that the tourist season will start in 2024."),
    ])


def test_a_name_with_a_figure_in_it_is_no_one_and_leaves_a_report_going_on():
    """"… such as the extension of the Dorna-Vell-Ostrik M-14 high-speed motorway." inside the
    Governor's report: a road's name with a figure in it, not a person acting, so the sentence
    carries the report on (kremlin_68454 missed it: "M-12")."""
    body = (_MEETING + "The Governor reported that the region survived the pandemic well. The region is developing "
            "its gas network. It will take part in large projects, such as the extension of the Dorna-Vell-Ostrik "
            "M-14 high-speed motorway. Ivo Stanek also noted that the budget had a surplus.")
    assert_statements(body, [
        ("Ivo Stanek", "indirect", "The Governor reported that the region survived the pandemic well."),
        ("Ivo Stanek", "indirect", "The region is developing its gas network."),
        ("Ivo Stanek", "indirect", "It will take part in large projects, such as the extension of the Dorna-Vell-Ostrik "
                                   "M-14 high-speed motorway."),
        ("Ivo Stanek", "indirect", "Ivo Stanek also noted that the budget had a surplus."),
    ])


def test_today_there_are_is_what_a_report_finds_not_the_news_of_the_day():
    """"Today, there are two hotels and a camping site there, …" inside the Governor's report:
    what there is now, his report going on, not the news of the day (kremlin_68358 missed it);
    "Today, the President visited …" is still news."""
    body = (_MEETING + "Ivo Stanek spoke about the project to develop the Lenna resort. Today, there are two hotels "
            "and a camping site there, and two water parks are under construction. The Governor said that the port "
            "had already been built. Today, Petr Halen visited the port.")
    assert_statements(body, [
        ("Ivo Stanek", "indirect", "Ivo Stanek spoke about the project to develop the Lenna resort."),
        ("Ivo Stanek", "indirect", "Today, there are two hotels and a camping site there, and two water parks are under "
                                   "construction."),
        ("Ivo Stanek", "indirect", "The Governor said that the port had already been built."),
    ])


def test_a_thing_that_is_focused_on_something_carries_a_report_on():
    """"The region is focused on science and technology." inside the Governor's report: a present
    "is focused on" of a thing, what it is given to, not an agentless passive telling of an event
    (kremlin_68454 missed it); "Attention was focused on …" still tells of the talks."""
    body = (_MEETING + "The Governor reported that the region survived the pandemic well. The region is focused on "
            "science and technology. Ivo Stanek noted that the research centre had good results. Attention was "
            "focused on the harvest. Ivo Stanek said that the drought had hit the farms.")
    assert_statements(body, [
        ("Ivo Stanek", "indirect", "The Governor reported that the region survived the pandemic well."),
        ("Ivo Stanek", "indirect", "The region is focused on science and technology."),
        ("Ivo Stanek", "indirect", "Ivo Stanek noted that the research centre had good results."),
        ("Ivo Stanek", "indirect", "Ivo Stanek said that the drought had hit the farms."),
    ])


def test_a_thing_focused_on_something_carries_the_last_report_of_a_joined_paragraph_on():
    """The same "is focused on" after another person's report in a joined paragraph
    (kremlin_68454, once sixty-seventh's "X focused on …" made "focused on" a speech verb's
    words): no cue word that ends the report, but a state ("He focused on …" stays speech)."""
    body = ("The President suggested discussing the entire range of issues in the region. He noted that a number of "
            "indicators look good. Ivo Stanek said that the region had met all of its social commitments. The revenue "
            "of the regional budget exceeded 359 billion korunas. The region is focused on science and technology.")
    assert_statements(body, [
        ("The President", "indirect", "The President suggested discussing the entire range of issues in the region."),
        ("The President", "indirect", "He noted that a number of indicators look good."),
        ("Ivo Stanek", "indirect", "Ivo Stanek said that the region had met all of its social commitments."),
        ("Ivo Stanek", "indirect", "The revenue of the regional budget exceeded 359 billion korunas."),
        ("Ivo Stanek", "indirect", "The region is focused on science and technology."),
    ], title="Meeting with Tarvik Region Governor Ivo Stanek")


def test_being_focused_on_is_no_speech():
    """"He was focused on …" is his state, not what he spoke about ("He focused on …")."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "Ilse Marren focused on the situation on the border. Petr Halen was focused on the talks in Vienna.")
    assert_statements(body, [
        ("Ilse Marren", "indirect", "Ilse Marren focused on the situation on the border."),
    ])
