"""Helper h1063 (eighthundredninth, Xinjiang's leaders and those they meet): a host's welcome of guests "who recently
visited the region", a reception, not a statement, while "welcomed X, who visited Y, and stressed …" still is; a
quotation set alone as a crosshead in a headline's case is no one's words, and the reports around it stay each
speaker's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_welcome_of_guests_who_visited_is_a_reception():
    body = (
        "Secretary Paul Dresner, the Party chief of Belmont welcomed the envoys from Ostrava and Varnia who recently "
        "visited the region.\n\n"
        "Belmont has made progress in development, Dresner told the envoys on Monday."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Belmont has made progress in development, Dresner told the envoys on Monday."),
    ])


def test_welcome_with_more_said_after_the_visit_is_still_a_statement():
    body = (
        "Secretary Paul Dresner welcomed Minister Anna Lorvik, who visited the region, and stressed the importance of "
        "trade."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Secretary Paul Dresner welcomed Minister Anna Lorvik, who visited the region, and stressed the importance of "
         "trade."),
    ])


def test_quoted_crosshead_in_headline_case_is_no_ones():
    body = (
        "President Anna Lorvik of Ostrava held talks with Paul Dresner, the Governor of Belmont.\n\n"
        "Lorvik stressed the significance of enhancing cooperation with Belmont.\n\n"
        "“We Have Arrived in Ostrava with Over Fifty Company Representatives”\n\n"
        "Dresner mentioned that they arrived in Ostrava with representatives of fifty companies."
    )
    assert_statements(body, [
        ("Anna Lorvik", "indirect", "Lorvik stressed the significance of enhancing cooperation with Belmont."),
        ("Paul Dresner", "indirect",
         "Dresner mentioned that they arrived in Ostrava with representatives of fifty companies."),
    ])


def test_quoted_crosshead_in_sentence_case_stays_as_it_was():
    # (h1080: the guard h1063 lacked) a lone quotation in a sentence's case is words, the last speaker's, as before
    body = (
        "President Anna Lorvik of Ostrava held talks with Paul Dresner, the Governor of Belmont.\n\n"
        "Lorvik stressed the significance of enhancing cooperation with Belmont.\n\n"
        "“We have arrived in Ostrava with over fifty company representatives.”\n\n"
        "Dresner mentioned that they arrived in Ostrava with representatives of fifty companies."
    )
    assert_statements(body, [
        ("Anna Lorvik", "indirect", "Lorvik stressed the significance of enhancing cooperation with Belmont."),
        ("Anna Lorvik", "direct", "We have arrived in Ostrava with over fifty company representatives."),
        ("Paul Dresner", "indirect",
         "Dresner mentioned that they arrived in Ostrava with representatives of fifty companies."),
    ])
