"""Patterns found by the fiftieth held-out set (real Kremlin news readouts, 2000-2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("«", "»")])
def test_an_office_of_a_body_named_in_quotation_marks(opening, closing):
    """"Petr Halen met with Ivo Brat, head of the “Norvik Oil Company.”": the body he leads
    is named in quotation marks (the press office's habit for firms); he is still its head,
    so "The head of the company" later is Ivo Brat, one speaker with "Mr Brat". So too
    with straight quotes or guillemets (a page that uses them, or a copy that made them)."""
    body = (
        "They discussed the company's plans.\n\n"
        "The head of the company told Petr Halen about the new refinery.\n\n"
        "Mr Brat said that the refinery would open in May."
    )
    assert_statements(body, [
        ("Ivo Brat", "indirect", "The head of the company told Petr Halen about the new refinery."),
        ("Ivo Brat", "indirect", "Mr Brat said that the refinery would open in May."),
    ], title=f"Petr Halen met with Ivo Brat, head of the {opening}Norvik Oil Company.{closing}")


def test_gave_his_opinion_on():
    """"The President gave his opinion on a number of economic issues.": an opinion
    expressed, as "expressed his opinion" and "gave his assessment"."""
    body = (
        "President Petr Halen held a news conference in Tarvik.\n\n"
        "The President gave his opinion on a number of important economic issues. "
        "He said that the budget would be balanced."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President gave his opinion on a number of important economic issues."),
        ("Petr Halen", "indirect", "He said that the budget would be balanced."),
    ])


def test_was_glad_to_hear_from_the_other_that():
    """"Mr Halen was glad to hear from Mr Marek that he had already taken steps …": the
    gladness one voices at news told him is his statement (the news is cited in it)."""
    body = (
        "President Petr Halen held talks with Prime Minister of Velmora Ivo Marek.\n\n"
        "Despite the fact that the two leaders met only yesterday, Mr Halen was glad to hear from "
        "Mr Marek that he had already taken some steps to implement their agreements."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Despite the fact that the two leaders met only yesterday, Mr Halen was glad to "
                                   "hear from Mr Marek that he had already taken some steps to implement their "
                                   "agreements."),
    ])


def test_a_lead_then_explained_carries_the_report_into_the_next_paragraph():
    """A paragraph that opens with a sentence carried on from a man's report and then
    his "explained that …" is his report to its end, so the next paragraph, where no
    one acts or speaks, goes on with it ("The consortium also envisages …")."""
    body = (
        "Petr Halen met with Ivo Brat, head of the Norvik Oil Company.\n\n"
        "Mr Brat told Petr Halen about various projects in which the company is involved.\n\n"
        "In October, the Sorvi-1 project will be put into action. Mr Brat explained that this project "
        "foresees the construction of a new pipeline in 2006.\n\n"
        "The consortium also envisages the construction of additional pipelines to world markets."
    )
    assert_statements(body, [
        ("Ivo Brat", "indirect", "Mr Brat told Petr Halen about various projects in which the company is involved."),
        ("Ivo Brat", "indirect", "In October, the Sorvi-1 project will be put into action."),
        ("Ivo Brat", "indirect", "Mr Brat explained that this project foresees the construction of a new pipeline "
                                 "in 2006."),
        ("Ivo Brat", "indirect", "The consortium also envisages the construction of additional pipelines to world "
                                 "markets."),
    ])
