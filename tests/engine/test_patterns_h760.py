"""Statements found by helper h760's mends of the fiftieth stop's real set fivehundredseventyfirst (the Parliament of Sri
Lanka's releases on the Speaker's meetings): an office holder's bureau in lower case after their possessive ("The
Speaker’s office said that …") and an inverted "…, stated Office of the Speaker" speak for no person; a newspaper's tag
in brackets after the last sentence ("(Colombo Gazette)") is no one's words; "the UN chief" is a Secretary General
written without the hyphen; "His Excellency" before a one-word name takes the office after its comma.

Each test is a small invented readout (invented people, countries and papers); the rules' tests fail without them, and
guard tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_holders_bureau_in_lower_case_speaks_for_no_one():
    """"The Speaker’s office said that … concerns were raised …": the bureau's notice, no person's (hard30's "The
    Leader's office said a full text … would be published" too); before, the phrase before the verb was read as "The
    Speaker" and the words after the possessive dropped, so the notice was his. The Speaker's own words stay his."""
    assert_statements((
        "A group of envoys met Speaker Dorin Vasko today and discussed the crisis in Norland.\n\n"
        "The Speaker’s office said that at the two meetings concerns were raised over the closure of Parliament.\n\n"
        "The Prime Minister's press office said that the talks would go on.\n\n"
        "The Speaker said that Parliament would meet again within a week."
    ), [
        ("Dorin Vasko", "indirect", "The Speaker said that Parliament would meet again within a week."),
    ])


def test_a_statement_by_a_named_persons_office_is_still_hers():
    """Guard (hard53's decision): "“…,” the statement by the Minister's office read" gives the quotation to the
    Minister, the office speaking for her; the bureau rule reads only an office that is the verb's own subject."""
    assert_statements((
        "The Minister of Trade of Norland, Ilse Varo, spoke by telephone on Monday with the Director of the Harbour "
        "Council, Oren Balt.\n\n"
        "\"Norland will pay its share of the budget in January,\" the statement by the Minister's office read."
    ), [
        ("Ilse Varo", "direct", "Norland will pay its share of the budget in January,"),
    ])


def test_an_inverted_office_of_a_holder_speaks_for_no_one():
    """"…, stated Office of the Speaker, issuing a release.": the institution named by the office it serves, as "The
    Office of the President called on …"; before, the phrase read after the verb skipped "Office of" (no article) and
    kept "the Speaker", so the narrative of the visit was his."""
    assert_statements((
        "Several envoys have called on Speaker Dorin Vasko at the Parliament this evening, stated Office of the "
        "Speaker, issuing a release.\n\n"
        "In response, the Speaker had informed them that he would meet the President later this evening."
    ), [
        ("Dorin Vasko", "indirect", "In response, the Speaker had informed them that he would meet the President "
                                    "later this evening."),
    ])


def test_a_papers_tag_in_brackets_after_the_last_sentence_is_no_ones():
    """"… to Sudria. (Harbour Gazette)": the paper's tag after a copied release, as a wire's "(KUNA)" or "(Yonhap
    News)"; before, the bracket was a sentence of its own that carried on the Speaker's report."""
    assert_statements((
        "Ambassador Ivo Tarsk of Norland met the Speaker of Sudria, Ana Tull, in Parliament today.\n\n"
        "Meanwhile, the Speaker extended her gratitude to the Government of Norland for its continued support to "
        "Sudria. (Harbour Gazette)"
    ), [
        ("Ana Tull", "indirect", "Meanwhile, the Speaker extended her gratitude to the Government of Norland for its "
                                 "continued support to Sudria."),
    ])


def test_the_un_chief_is_a_secretary_general_written_without_the_hyphen():
    """"Visiting United Nations Secretary General Ivo Tarsk met …" then "The UN chief commended …": the office's head
    reads "general" without the hyphen, and "chief" had matched only "Secretary-General"."""
    assert_statements((
        "Visiting United Nations Secretary General Ivo Tarsk met the Speaker Ana Tull this morning in Tarvik.\n\n"
        "The UN chief commended the work done by the new Parliament within a short period."
    ), [
        ("Ivo Tarsk", "indirect", "The UN chief commended the work done by the new Parliament within a short period."),
    ])


def test_his_excellency_before_a_one_word_name_takes_the_office_after_its_comma():
    """"His Excellency Tarskov, Ambassador of Norland to Sudria met with …" then "The Ambassador conveyed …": the
    office after the comma is his, as after "Mr. Tarskov,"; before, only a full name (two words) or a personal style
    took it, so "The Ambassador" had no one."""
    assert_statements((
        "His Excellency Tarskov, Ambassador of Norland to Sudria met with the Speaker Hon. Ana Tull, yesterday in "
        "Parliament.\n\n"
        "The Ambassador conveyed the greetings of the Chairman of the Norland Assembly for the new year."
    ), [
        ("Tarskov", "indirect", "The Ambassador conveyed the greetings of the Chairman of the Norland Assembly for "
                                "the new year."),
    ])
