"""Review rf24 of stop 73's merges h1305, h1304, h1306, h1307 (invented readouts, invented states and people): the
ruler's word "Raja" (h1306) read as an office only where it is no name's surname."""

from __future__ import annotations

from .test_patterns import assert_statements

_MARKET = "The Minister of Industry, Mr. Karthik Raja, met traders in Velmora on Monday. "


def test_raja_as_a_surname_after_a_given_name_stays_the_name():
    """"Minister Karthik Raja said …" and a bare "Raja said …": the surname, so both sentences are his (after h1306
    "Raja" last in the run was the ruler's office: the first went to "The Minister of Industry", the second dropped)."""
    body = (_MARKET + "Minister Karthik Raja said the new market would open in May. Raja said the traders would get "
            "loans.")
    assert_statements(body, [
        ("Karthik Raja", "indirect", "Minister Karthik Raja said the new market would open in May."),
        ("Karthik Raja", "indirect", "Raja said the traders would get loans."),
    ])


def test_raja_as_a_surname_after_an_initial_stays_the_name():
    """"Senator D. Raja said …", "Mr. Raja also called on …": the surname after an initial and a style (after h1306
    both sentences were dropped, no one's)."""
    body = ("The federal cabinet met in Velmora on Monday. Senator D. Raja said the new market would open in May. "
            "Mr. Raja also called on traders to register.")
    assert_statements(body, [
        ("D. Raja", "indirect", "Senator D. Raja said the new market would open in May."),
        ("D. Raja", "indirect", "Mr. Raja also called on traders to register."),
    ])


def test_the_raja_with_his_article_is_still_the_ruler():
    """The guard: "The Raja of Tembaru, Tuanku X, …" and "The Raja said …" with the article stay the ruler's."""
    body = ("The Chief Minister of Tembaru met farmers on Saturday. The Raja of Tembaru, Tuanku Arif Zain, said the "
            "farmers would be paid. The Raja said the rains had come late.")
    assert_statements(body, [
        ("Tuanku Arif Zain", "indirect", "The Raja of Tembaru, Tuanku Arif Zain, said the farmers would be paid."),
        ("Tuanku Arif Zain", "indirect", "The Raja said the rains had come late."),
    ])


def test_raja_before_a_royal_style_is_the_office_and_the_raja_his_later():
    """"Tembaru Raja Tuanku X said …", then "The Tembaru Raja said …" and "Later the Raja thanked …": the office
    before the ruler's styled name, so the later sentences are his (after h1306 "Raja" before "Tuanku" was a name's
    word and the later office had no holder: both sentences were dropped)."""
    body = ("The Chief Minister of Tembaru met farmers on Saturday. Tembaru Raja Tuanku Arif Zain said the farmers "
            "would be paid. The Tembaru Raja said the rains had come late. Later the Raja thanked the farmers.")
    assert_statements(body, [
        ("Tuanku Arif Zain", "indirect", "Tembaru Raja Tuanku Arif Zain said the farmers would be paid."),
        ("Tuanku Arif Zain", "indirect", "The Tembaru Raja said the rains had come late."),
        ("Tuanku Arif Zain", "indirect", "Later the Raja thanked the farmers."),
    ])


def test_raja_as_a_surname_after_an_initial_with_an_article_stays_the_name():
    """The guard of the article's reading: "The Minister Karthik Raja said …" (an office between) and "The Hon. K.
    Raja" (an initial before) keep the surname."""
    body = ("The federal cabinet met in Velmora on Monday. The Minister Karthik Raja said the new market would open "
            "in May. The Hon. K. Raja also called on traders to register.")
    assert_statements(body, [
        ("Karthik Raja", "indirect", "The Minister Karthik Raja said the new market would open in May."),
        ("Karthik Raja", "indirect", "The Hon. K. Raja also called on traders to register."),
    ])
