"""Rules from the four-hundred-thirty-first held-out set (the Government of Montenegro's English news items):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_dated_place_dateline_is_in_no_statement():
    """"Podgorica, Montenegro (3 December 2015) — Prime Minister X made a telephone call to Y and thanked …": the press
    office's dateline is no one's words, and the sentence then opens with its speaker. Before, the call and the thanks
    were no one's statement, and a plain "X thanked …" after such a dateline carried the dateline in its words."""
    body = ("Varna, Ostland (3 December 2015) — Prime Minister Ivo Marr made a telephone call to Secretary-General "
            "Tessa Lund and thanked the Alliance for its support.\n\n"
            "Kell, Ostland (26 January 2018) -- Minister Dara Velt said that relations with Norland are excellent.\n\n"
            "Kell (March 3, 2019) – Minister Dara Velt thanked the hosts for the visit.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Prime Minister Ivo Marr made a telephone call to Secretary-General Tessa Lund and "
                                 "thanked the Alliance for its support."),
        ("Dara Velt", "indirect", "Minister Dara Velt said that relations with Norland are excellent."),
        ("Dara Velt", "indirect", "Minister Dara Velt thanked the hosts for the visit."),
    ])


def test_a_bracket_without_a_whole_date_is_no_dateline():
    """The guard: "Tessa Lund (Ostland) – ..." and "Kell (2019) – ..." carry no whole date (day, month's name, year) in
    the brackets: not a dateline, the sentence read as it stands."""
    body = ("Minister Ivo Marr met Tessa Lund (Ostland) – the talks were held in Kell.\n\n"
            "Minister Ivo Marr thanked Tessa Lund (Norland) – and stressed that the ties are strong.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Minister Ivo Marr thanked Tessa Lund (Norland) – and stressed that the ties are "
                                 "strong."),
    ])


def test_a_hope_after_a_quotation_goes_on_reporting():
    """"“…,” the Prime Minister noted, hopeful that NATO made the right decision …": the hope with its that-clause is
    the speaker's indirect statement, as ", adding that …" is; so is ", confident that …". Before, it was lost."""
    body = ("Prime Minister Ivo Marr met Secretary-General Tessa Lund.\n\n"
            "“There is further work ahead of us,” the Prime Minister noted, hopeful that the Alliance made the right "
            "decision for the region.\n\n"
            "“We will finish the reforms,” the Prime Minister said, confident that Ostland would meet every requirement.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "There is further work ahead of us"),
        ("Ivo Marr", "indirect", "hopeful that the Alliance made the right decision for the region."),
        ("Ivo Marr", "direct", "We will finish the reforms"),
        ("Ivo Marr", "indirect", "confident that Ostland would meet every requirement."),
    ])


def test_hopeful_without_a_that_clause_reports_nothing_more():
    """The guard: ", hopeful about the talks." and ", confident." name a mood, not what was hoped: only the quotation."""
    body = ("Prime Minister Ivo Marr met Secretary-General Tessa Lund.\n\n"
            "“There is further work ahead of us,” the Prime Minister noted, hopeful about the coming talks.\n\n"
            "“We will finish the reforms,” the Prime Minister said, confident.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "There is further work ahead of us"),
        ("Ivo Marr", "direct", "We will finish the reforms"),
    ])
