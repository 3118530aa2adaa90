"""Patterns found by the seventyfifth held-out set (real Kremlin news readouts, 2002 and 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_before_a_name_in_the_title_is_that_persons():
    """"… a working meeting with the head of the Federal Weather Agency, Tomas Verin": the
    office before the comma is the named person's, so "The head of the Federal Weather Agency
    reported …" and "According to the head of the Weather Agency, …" are his statements, and
    so is the carry-on after them."""
    title = "Anton Brask had a working meeting with the head of the Federal Weather Agency, Tomas Verin"
    body = (
        "Tomas Verin talked about how the new radar network will enter into service. "
        "The head of the Federal Weather Agency reported that the network will work at full capacity in 2030.\n\n"
        "The head of the Federal Weather Agency said that the government allocated additional funds. "
        "In October the government also approved the national weather programme.\n\n"
        "According to the head of the Weather Agency, the country now has 38 radar stations."
    )
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Tomas Verin talked about how the new radar network will enter into service."),
        ("Tomas Verin", "indirect", "The head of the Federal Weather Agency reported that the network will work "
                                    "at full capacity in 2030."),
        ("Tomas Verin", "indirect", "The head of the Federal Weather Agency said that the government allocated "
                                    "additional funds."),
        ("Tomas Verin", "indirect", "In October the government also approved the national weather programme."),
        ("Tomas Verin", "indirect", "According to the head of the Weather Agency, the country now has 38 radar "
                                    "stations."),
    ], title=title)


def test_an_order_given_by_a_named_person_in_the_passive_is_theirs():
    """"The order to make the network operational by 2030 was given by President X when he
    visited …": "give an order" in the passive with its agent named is the agent's order, as
    "was raised by the prime minister" is a point raised, and so is the perfect "has given
    instructions to …" (not "The prize was given by …", nor "Instructions were given to the
    ministry.", with no agent, nor "Given the delays, …", a participle on its own)."""
    title = "Anton Brask met with Minister Piet Halen"
    body = (
        "Minister Piet Halen reported that the network will work at full capacity in 2030. "
        "The order to make the network operational by 2030 was given by President Anton Brask when he "
        "visited the launch site in June.\n\n"
        "The prize was given by President Anton Brask to the winners. Instructions were given to the ministry.\n\n"
        "Given the delays, President Anton Brask has given instructions to the Government to prepare a new budget."
    )
    assert_statements(body, [
        ("Piet Halen", "indirect", "Minister Piet Halen reported that the network will work at full capacity in 2030."),
        ("Anton Brask", "indirect", "The order to make the network operational by 2030 was given by President "
                                    "Anton Brask when he visited the launch site in June."),
        ("Anton Brask", "indirect", "Given the delays, President Anton Brask has given instructions to the "
                                    "Government to prepare a new budget."),
    ], title=title)
