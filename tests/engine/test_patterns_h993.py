"""Helper h993 (styles53, labour and employment ministries' international meetings): a labour ministry's portfolios,
"the Minister for Labour and Human Resource, Mr. X, …", "the Minister of Employment and Social Welfare, Mr. X",
"Minister of Overseas Employment", are an office's words, not a person named "Human Resource" or "Social Welfare" who
leaves the office without its holder, so "The minister said …" after another man is named is X's (lexicon
NON_PERSON_WORDS)."""

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("office", [
    "Minister for Labour and Human Resource",
    "Minister of Employment and Social Welfare",
    "Minister of Overseas Employment",
    "Minister of Skills and Employment",
])
def test_a_labour_portfolio_leaves_the_office_its_holder(office):
    assert_statements(
        f"A delegation of the Corvish Agency called on the {office}, Mr. Orlek Oskevar, in his office here on "
        "Thursday. Country Director Quillon Marrasch was present on the occasion.\n\n"
        "The minister said that all resources are being used for the rights of workers.",
        [("Orlek Oskevar", "indirect", "The minister said that all resources are being used for the rights of "
                                        "workers.")])


def test_a_welfare_body_is_still_no_person_and_its_chairman_speaks():
    assert_statements(
        "The Chairman of the Workers Welfare Board, Mr. Orlek Oskevar, received Ms. Idra Vauncey.\n\n"
        "Ms. Vauncey thanked the Board. The Chairman said the Board would open two schools.",
        [("Idra Vauncey", "indirect", "Ms. Vauncey thanked the Board."),
         ("Orlek Oskevar", "indirect", "The Chairman said the Board would open two schools.")])


def test_the_labour_chief_is_the_minister_whose_portfolios_list_employment():
    assert_statements(
        "The Honourable Minister of Labour, Employment and Social Protection, Mrs. Vessa Dannecourt, was paid a "
        "courtesy call by the Regional Director, Mr. Orlek Oskevar, on Monday.\n\n"
        "“We will bring the Bill to Parliament,” the labour chief told the Regional Director.",
        [("Vessa Dannecourt", "direct", "We will bring the Bill to Parliament")])


def test_went_on_to_enumerate_measures_then_a_quotation_cued_by_stating():
    assert_statements(
        "Velmoria's Minister of Labour, Orlek Oskevar, met the Director-General, Ms. Idra Vauncey, on Tuesday.\n\n"
        "Labour minister went on to enumerate the measures taken in the country stating "
        "\"we have raised the minimum wage twice.\"\n\n"
        "The minister enumerated the reforms of the past year.",
        [("Orlek Oskevar", "indirect", "Labour minister went on to enumerate the measures taken in the country stating "
                                       "\"we have raised the minimum wage twice.\""),
         ("Orlek Oskevar", "indirect", "The minister enumerated the reforms of the past year.")])


def test_went_on_to_a_list_is_no_speech():
    assert_statements(
        "Minister Orlek Oskevar received Ms. Idra Vauncey.\n\n"
        "Ms. Vauncey thanked the Minister. The talks went on to a list of visits planned for May.",
        [("Idra Vauncey", "indirect", "Ms. Vauncey thanked the Minister.")])
