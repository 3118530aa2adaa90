"""Helper h913 (sixhundredeightyninth, the Governor of Illinois as Illinois outlets print him): a pronoun opening a second
clause after a bare "and" ("X is back from a trade mission in Y and he says …"), a holder's capitalised "Office" after his
possessive ("Governor X's Office says …": the bureau's), and "the way that X spoke about …" (the manner of his speaking,
no report)."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_pronoun_after_a_bare_and_is_the_sentences_opener():
    body = ("Kessmoor Gov. Aldo Varnik is back from a trade mission in Orrindale and he says steps have been made to "
            "build upon the state's role in the global marketplace.\n\n"
            "Varnik says several agreements were made.")
    assert_statements(body, [
        ("Aldo Varnik", "indirect", "he says steps have been made to build upon the state's role in the global "
                                    "marketplace."),
        ("Aldo Varnik", "indirect", "Varnik says several agreements were made."),
    ])


def test_a_pronoun_after_a_bare_and_with_an_object_named_before_it_is_not_the_opener_by_this_rule():
    # the guard: the one named alone opens no sentence ("The President told President Y … and he urged him …"), so
    # the bare "and" gives the pronoun to no one by this rule; the sentence stays the President's
    body = ("The President told President Tomas Reel that Kessmoor cares deeply about its people and he urged him to "
            "remain strong.")
    assert_statements(body, [
        ("The President", "indirect", "The President told President Tomas Reel that Kessmoor cares deeply about its "
                                      "people and he urged him to remain strong."),
    ])


def test_a_holders_capitalised_office_is_the_bureau_not_the_holder():
    body = ("Governor Aldo Varnik has announced he will travel to Kessmoor later this week.\n\n"
            "Governor Varnik's Office says the trip will last from May 9 through May 17.")
    assert_statements(body, [
        ("Aldo Varnik", "indirect", "Governor Aldo Varnik has announced he will travel to Kessmoor later this week."),
    ])


def test_a_holders_possessive_before_another_noun_still_speaks_for_him():
    # the guard: "Governor Varnik's spokesman" is a person, not the bureau; his words are reported, no Office
    body = ("Governor Aldo Varnik has announced he will travel to Kessmoor later this week.\n\n"
            "Governor Varnik says the trip will last from May 9 through May 17.")
    assert_statements(body, [
        ("Aldo Varnik", "indirect", "Governor Aldo Varnik has announced he will travel to Kessmoor later this week."),
        ("Aldo Varnik", "indirect", "Governor Varnik says the trip will last from May 9 through May 17."),
    ])


def test_the_way_that_a_person_spoke_is_no_report():
    body = ("Governor-elect Aldo Varnik met President Tomas Reel on Thursday.\n\n"
            "That impression was at odds with the way that Varnik spoke about the president on the campaign trail, "
            "often blasting his rival.")
    assert_statements(body, [])


def test_the_way_forward_after_said_is_still_a_report():
    # the guard: "the way" after the verb, in the reported clause, touches nothing
    body = ("Governor Aldo Varnik met President Tomas Reel on Thursday.\n\n"
            "On the way back, Varnik said the way forward was trade.")
    assert_statements(body, [
        ("Aldo Varnik", "indirect", "On the way back, Varnik said the way forward was trade."),
    ])
