"""Statements found by helper h835's mends of sixhundredtwentysixth (the UAE foreign ministry's releases as Gulf News
prints them): a paper's dateline that is a capital city alone in mixed case and a colon ("Abu Dhabi: Sheikh X …
congratulated …") is no one's words, so the statement opens with its speaker.

Each test is a small invented readout (invented people and countries; the city a capital the lexicon knows); the rule's
test fails without it, and the guard keeps a transcript's label, a person's name and a colon, the speaker's direct words.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_capital_citys_dateline_and_colon_is_in_no_statement():
    """"Ankara: Foreign Minister X … today congratulated …": the statement opens with the minister, not the city."""
    assert_statements(
        "Ankara: Foreign Minister of Orlavia Greta Vinter today congratulated Jonas Rask on his appointment as "
        "Foreign Minister of Pelm.\n\n"
        "During a telephone call, Ms Vinter wished her counterpart success in his new post.", [
            ("Greta Vinter", "indirect", "Foreign Minister of Orlavia Greta Vinter today congratulated Jonas Rask on his "
             "appointment as Foreign Minister of Pelm."),
            ("Greta Vinter", "indirect", "During a telephone call, Ms Vinter wished her counterpart success in his new post."),
        ])


def test_a_transcripts_label_is_no_dateline():
    """"Greta Vinter: Good afternoon …": a person's label, not a city's; her words stay hers (guard)."""
    assert_statements(
        "Talks between Foreign Minister of Orlavia Greta Vinter and Foreign Minister of Pelm Jonas Rask.\n\n"
        "Greta Vinter: Good afternoon, Mr Rask. We are glad to see you in Orlavia again.", [
            ("Greta Vinter", "direct", "Good afternoon, Mr Rask. We are glad to see you in Orlavia again."),
        ])
