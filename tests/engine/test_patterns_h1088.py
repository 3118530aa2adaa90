"""Helper h1088 (styles59, sports and youth ministries and national Olympic committees): a player named once with his
place in the team beside the name ("its captain, Dario X", "Ingrid Y, the team's captain") and then only by it ("The
skipper thanked the minister …", "The captain said …") is that player; with no one so named, the phrase stays no
one's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_skipper_is_the_captain_named_before():
    body = (
        "BRANNOVAL, 4 May – The Minister of Sport of Tesquavia, Ms. Yolande Vorqualle, received the national rugby "
        "team on Monday. The team was led by its captain, Tobin Ashmerell, and its manager, Mr. Per Oldcarrow.\n\n"
        "Ms. Vorqualle congratulated the team on its win over Lanvary.\n\n"
        "The skipper thanked the minister for the support of the government and said the players would visit "
        "schools in the summer."
    )
    assert_statements(body, [
        ("Yolande Vorqualle", "indirect", "Ms. Vorqualle congratulated the team on its win over Lanvary."),
        ("Tobin Ashmerell", "indirect", "The skipper thanked the minister for the support of the government and said "
                                        "the players would visit schools in the summer."),
    ])


def test_the_captain_is_the_one_named_with_the_post_in_an_aside():
    body = (
        "The Minister of Sport of Tesquavia, Ms. Yolande Vorqualle, received the women's volleyball team. Mira "
        "Callowane, the team's captain, and the coach, Mr. Per Oldcarrow, presented her with a ball.\n\n"
        "The minister said the team would have a new hall by the spring.\n\n"
        "The captain said the players were grateful."
    )
    assert_statements(body, [
        ("Yolande Vorqualle", "indirect", "The minister said the team would have a new hall by the spring."),
        ("Mira Callowane", "indirect", "The captain said the players were grateful."),
    ])


def test_the_captain_with_no_one_named_so_stays_no_ones():
    # guard: no captain named, so "The captain" is not the minister nor the manager spoken of before
    body = (
        "The Minister of Sport of Tesquavia, Ms. Yolande Vorqualle, received the national rugby team and its manager, "
        "Mr. Per Oldcarrow.\n\n"
        "Ms. Vorqualle congratulated the team on its win over Lanvary.\n\n"
        "The captain thanked the minister for the support of the government."
    )
    assert_statements(body, [
        ("Yolande Vorqualle", "indirect", "Ms. Vorqualle congratulated the team on its win over Lanvary."),
    ])
