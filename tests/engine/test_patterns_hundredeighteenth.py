"""Patterns found by the hundred-eighteenth held-out set (real president.gov.ua readouts, Dec 2021 - Apr 2022, from the
corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_thanking_after_a_quotations_attribution_goes_on_with_the_report():
    """"“…,” X said, thanking Y for …": the participle clause after the attribution is X's own
    indirect statement (as "adding that", "noting …"); the attribution's words belong to no one."""
    body = (
        "Petr Halen had a phone conversation with Ivo Marek\n\n"
        "President of Ostrava Petr Halen had a phone conversation with Prime Minister of Valdoria Ivo Marek. "
        "\"Valdoria has always stood by us,\" Petr Halen said, thanking Ivo Marek for the firm support for "
        "our sovereignty. The leaders discussed trade."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Valdoria has always stood by us"),
        ("Petr Halen", "indirect", "thanking Ivo Marek for the firm support for our sovereignty."),
    ])


def test_welcoming_after_a_quotations_attribution_goes_on_with_the_report():
    """"“…,” the President said, welcoming the decision of …": the same class, another speech participle."""
    body = (
        "The President met the Foreign Minister of Valdoria\n\n"
        "President of Ostrava Petr Halen met Foreign Minister of Valdoria Ivo Marek. "
        "\"This visit matters to our people,\" the President said, welcoming the decision of Valdoria to open "
        "a consulate in Brell."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "This visit matters to our people"),
        ("Petr Halen", "indirect", "welcoming the decision of Valdoria to open a consulate in Brell."),
    ])


def test_a_request_made_before_a_colon_only_introduces_its_quotation():
    """"He also made a request to the Alliance regarding …: “…”": the request is the quotation;
    the words before the colon introduce it and are no statement of their own."""
    body = (
        "The President addressed the Alliance summit\n\n"
        "President of Ostrava Petr Halen addressed the summit of the Northern Alliance by video link. "
        "He also made a request to the Alliance regarding the Ostravan navy: \"After such a year, I ask you: "
        "never tell us again that our navy is too small. We have shown what it can do,\" the President stressed. "
        "The summit ended in the evening."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "After such a year, I ask you: never tell us again that our navy is too small. "
                                 "We have shown what it can do"),
    ])


def test_a_lower_case_quotation_ending_a_carried_on_sentence_stays_in_it():
    """"The President stressed that … . But the aggressor will gain nothing but “shame in the eyes
    of every decent person in the world.”": the quoted phrase finishes the sentence's grammar; the
    sentence carries his report on, whole, and the phrase is no direct statement apart."""
    body = (
        "The President met the Prime Minister of Valdoria\n\n"
        "President of Ostrava Petr Halen held talks with Prime Minister of Valdoria Ivo Marek. "
        "The President stressed that the invasion of Ostrava has been going on for forty days. "
        "But the aggressor will gain nothing but \"shame in the eyes of every decent person in the world.\" "
        "The leaders discussed trade."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President stressed that the invasion of Ostrava has been going on for forty days."),
        ("Petr Halen", "indirect", "But the aggressor will gain nothing but \"shame in the eyes of every decent person "
                                   "in the world.\""),
    ])
