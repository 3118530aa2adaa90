"""Statements found by helper h853 (sixhundredthirtyeighth, Samoa's leaders as Loop Samoa and the Pacific press print
them):
- "For his part, X said that … . Tonga and Tuvalu established diplomatic ties in 1974.": two states' names alone
  and a verb in the past, in the report's own paragraph, tell the states' history, no more of his report (as the
  paragraphs after a report already read it, `states_acted_together`).
- "In his letter, X said … . / ‘Similarly I look forward to …": a paragraph that opens with a curly ‘ and a capital
  and never closes it is a quotation to the paragraph's end, its closing mark lost, as an unclosed “ is.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change. The states' rule reads the names of known states, so its tests name two real ones.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_two_states_established_ties_in_the_reports_paragraph_is_the_readouts():
    assert_statements((
        "Prime Minister Ana Kovac met President Elin Duarte in Tarvik on Tuesday. For his part, Duarte said that a more "
        "connected region is a more secure region. Tonga and Tuvalu established diplomatic ties in 1974."
    ), [
        ("Elin Duarte", "indirect", "For his part, Duarte said that a more connected region is a more secure region."),
    ])


def test_two_states_in_the_present_in_the_reports_paragraph_go_on_with_it():
    """Guard: "Tonga and Tuvalu share …" (the present) after his report is still his words carried on."""
    assert_statements((
        "Prime Minister Ana Kovac met President Elin Duarte in Tarvik on Tuesday. For his part, Duarte said that a more "
        "connected region is a more secure region. Tonga and Tuvalu share a long history of cooperation."
    ), [
        ("Elin Duarte", "indirect", "For his part, Duarte said that a more connected region is a more secure region."),
        ("Elin Duarte", "indirect", "Tonga and Tuvalu share a long history of cooperation."),
    ])


def test_paragraph_opened_with_a_single_mark_never_closed_is_a_quotation():
    assert_statements((
        "Prime Minister Ana Kovac has sent a congratulatory message to Elin Duarte on her election as President.\n\n"
        "In her letter to the President-elect, Kovac said the two countries have enjoyed warm relations.\n\n"
        "‘Similarly I look forward to our close collaboration on issues of importance to our region.\n\n"
        "Duarte was elected last week."
    ), [
        ("Ana Kovac", "indirect", "Prime Minister Ana Kovac has sent a congratulatory message to Elin Duarte on her "
                                  "election as President."),
        ("Ana Kovac", "indirect", "In her letter to the President-elect, Kovac said the two countries have enjoyed "
                                  "warm relations."),
        ("Ana Kovac", "direct", "Similarly I look forward to our close collaboration on issues of importance to our "
                                "region."),
    ])


def test_single_mark_opening_a_paragraph_on_a_figure_is_no_quotation():
    """Guard: "‘90s" opens the paragraph with a ‘ that is an apostrophe before a figure, no quotation."""
    assert_statements((
        "Prime Minister Ana Kovac has sent a congratulatory message to Elin Duarte on her election as President.\n\n"
        "‘90s reforms brought the two countries closer, and trade has grown since."
    ), [
        ("Ana Kovac", "indirect", "Prime Minister Ana Kovac has sent a congratulatory message to Elin Duarte on her "
                                  "election as President."),
    ])
