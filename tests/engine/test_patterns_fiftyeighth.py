"""Patterns found by the fifty-eighth held-out set (benchmarks/heldout/fiftyeighth/, real
president.gov.ua readouts of December 2021 to May 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_initialism_before_a_possessive_title_ends_no_sentence():
    """"He expressed gratitude for the U.S. President's support for …": no sentence opens with
    "President's", so the statement runs on past "U.S." (72345)."""
    body = ("President of Norland Petr Vask had a telephone conversation with the leader of Ostria. He expressed "
            "gratitude for the U.S. President's support for the principle of \"nothing about Norland without "
            "Norland,\" as well as for the readiness to act.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "He expressed gratitude for the U.S. President's support for the principle of "
                                  "\"nothing about Norland without Norland,\" as well as for the readiness to act."),
    ])


def test_bare_initialism_after_a_lower_case_word_is_the_title_adjective():
    """"Petr Vask thanked U.S. President Joseph Biden for …": a bare "U.S." after a lower-case word
    is the adjective of the title after it (a country that ends a sentence is "the U.S."), so the
    sentence goes on (72345's "with U.S. President Joseph Biden")."""
    body = ("President of Norland Petr Vask thanked U.S. President Joseph Biden for the consistent support of "
            "Norland's sovereignty.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "President of Norland Petr Vask thanked U.S. President Joseph Biden for the "
                                  "consistent support of Norland's sovereignty."),
    ])


def test_head_of_the_cabinet_of_ministers_is_the_prime_minister():
    """"The head of the Cabinet of Ministers said that …": the head of government, the Prime
    Minister named before, not the head of a body "Cabinet" of a country "Ministers" (72361)."""
    body = ("President of Norland Petr Vask held a conference call. According to Prime Minister Jan Holub, more "
            "than 6 million citizens have applied for state aid. Health Minister Ota Kral reported on the "
            "hospitals. The head of the Cabinet of Ministers said that the incidence rate continues to rise.")
    assert_statements(body, [
        ("Jan Holub", "indirect", "According to Prime Minister Jan Holub, more than 6 million citizens have applied "
                                  "for state aid."),
        ("Ota Kral", "indirect", "Health Minister Ota Kral reported on the hospitals."),
        ("Jan Holub", "indirect", "The head of the Cabinet of Ministers said that the incidence rate continues "
                                  "to rise."),
    ])


def test_set_an_addressee_the_task_to_is_an_order():
    """"X set the Cabinet of Ministers the task to prepare …": an order with its addressee before
    the task, as "set the task to" is (72361)."""
    body = ("During a conference call, President of Norland Petr Vask set the Cabinet of Ministers the task to "
            "prepare a separate program of payments to vaccinated students.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "During a conference call, President of Norland Petr Vask set the Cabinet of "
                                  "Ministers the task to prepare a separate program of payments to vaccinated "
                                  "students."),
    ])
