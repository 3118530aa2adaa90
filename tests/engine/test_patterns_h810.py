"""Statements found by helper h810's mends of sixhundredseventh (Ukrinform's English wire): a lone surname between a
quotation's closing mark and the speech verb that ends the sentence, named again in the readout, is its speaker; a news
agency after "According to" ("According to Ukrinform, X reported this on Telegram") is no one, so the person after it
stays the subject the next sentences go on with; "According to <outlet>'s correspondent, …" in a new paragraph does not
carry on the last speaker's report.

Each test is a small invented readout (invented people, places and outlets); the rules' tests fail without them, and
guard tests keep the old behaviour where the rule must not reach.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_a_lone_surname_after_a_quotation_named_again_is_its_speaker():
    """"“…,” Tarvik stated." with Tarvik named again: Tarvik's words (before, a quotation of no one)."""
    assert_statements((
        "Tarvik met the Merrow delegation in Vallen on Monday.\n\n"
        "“I am pleased to welcome my colleague to Vallen today. We deeply value the support of Merrow,” Tarvik stated.\n\n"
        "The delegation later visited a port on the coast."
    ), [
        ("Tarvik", "direct",
         "I am pleased to welcome my colleague to Vallen today. We deeply value the support of Merrow"),
    ])


def test_a_misspelt_surname_used_once_makes_no_new_speaker():
    """"Governor Pete Halvers … “…,” Halver said.": a slip used once is no second person (guard)."""
    result = attribute(
        "Governor Pete Halvers led the trade mission to Kestria this week.\n\n"
        "“We will open new markets for our farmers,” Halver said.\n\n"
        "The mission returns on Friday.")
    assert "Halver" not in {s.speaker for s in result.statements}


def test_a_news_agency_after_according_to_is_no_one():
    """"According to Vestnik, Head of the Office Aldo Marren reported this on Telegram." then "“…,” the post said." and
    "He thanked …": Marren's (before, the agency's name took the subject's place and both were no one's)."""
    assert_statements((
        "According to Vestnik, Head of the Office of the President Aldo Marren reported this on Telegram.\n\n"
        "“A very important conversation with the Foreign Minister of Kestria,” the post said.\n\n"
        "He thanked the Kestrian side for its steady support."
    ), [
        ("Aldo Marren", "direct", "A very important conversation with the Foreign Minister of Kestria"),
        ("Aldo Marren", "indirect", "He thanked the Kestrian side for its steady support."),
    ])


def test_according_to_an_outlets_correspondent_does_not_carry_on_a_report():
    """A paragraph "According to Vestnik's correspondent in Vallen, the talks … took place …" after the President's
    statement: the outlet's reporter, no one's (before, the President's, carried on)."""
    assert_statements((
        "President Iva Sorell discussed the details of the grain corridor at a meeting with Prime Minister Olaf Brenn "
        "of Kestria on Wednesday.\n\n"
        "According to Vestnik's correspondent in Vallen, the talks between the two took place on the sidelines of "
        "the summit."
    ), [
        ("Iva Sorell", "indirect",
         "President Iva Sorell discussed the details of the grain corridor at a meeting with Prime Minister Olaf Brenn "
         "of Kestria on Wednesday."),
    ])
