"""Patterns found by the seventysixth held-out set (benchmarks/heldout/seventysixth/, real en.kremlin.ru
readouts of 2016-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_past_form_after_and_does_not_share_a_future_predicate():
    """"X will also meet with A, B and invited guests, …": a past form after "and" cannot be a
    second verb of a subject whose predicate is "will meet" (it would be "and invite"); it is a
    participle before a noun, one more item of the list (kremlin_55507, "Vladimir Putin will
    also meet with … Jacob Zuma and invited guests, Egyptian President …", given to Putin)."""
    body = ("President Arlen Voss held talks with Prime Minister of Karvia Tomas Relk.\n\n"
            "On the sidelines of the forum, Arlen Voss will also meet with President of Ostria Lena Marr "
            "and invited guests, Chancellor of Belmar Otto Friis and Prime Minister of Zelia Ana Corr.")
    assert_statements(body, [])


def test_a_past_form_after_and_does_not_share_a_scheduled_predicate():
    """"X is also scheduled to meet with A and invited guests, …", "The President is to meet …":
    a planned future is the same predicate as "will meet", and the past form after "and" is
    no second verb of its subject either."""
    body = ("President Arlen Voss held talks with Prime Minister of Karvia Tomas Relk.\n\n"
            "Arlen Voss is also scheduled to meet with President of Ostria Lena Marr and invited guests, "
            "Chancellor of Belmar Otto Friis.\n\n"
            "The President is to meet with the Prime Minister of Zelia and invited experts.")
    assert_statements(body, [])


def test_a_past_form_after_and_still_shares_a_past_predicate():
    """Guard: "X met with Y and invited him to …" is X's invitation, the two verbs sharing the
    subject."""
    body = ("President Arlen Voss met with Prime Minister of Karvia Tomas Relk and invited him "
            "to visit Dorania.")
    assert_statements(body, [
        ("Arlen Voss", "indirect", "President Arlen Voss met with Prime Minister of Karvia Tomas Relk and invited him to visit Dorania."),
    ])


def test_a_number_word_opening_a_sentence_is_no_name_in_a_report():
    """"The Governor reported on … The unemployment rate fell to 4 percent. Three new plants were
    opened in 2019.": a capitalised number word that opens a sentence counts what follows it, no
    one's name; the sentence carries the report on (the class of reports carried on over sentences
    with no speech verb, the largest class of unseen errors in kremlin working meetings)."""
    body = ("Petr Halen had a working meeting with Governor of Karvia Region Ivan Dorn.\n\n"
            "The Governor reported on the socioeconomic situation in the region. The unemployment rate fell "
            "to 4 percent. Three new plants were opened in 2019.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "The Governor reported on the socioeconomic situation in the region."),
        ("Ivan Dorn", "indirect", "The unemployment rate fell to 4 percent."),
        ("Ivan Dorn", "indirect", "Three new plants were opened in 2019."),
    ])
