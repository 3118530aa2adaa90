"""Helper h1081 (KE63, KE57's E5: a speech verb the gold reads otherwise): "X expressed these views." with nothing
after the anaphor says only that the words before were his, as "He expressed these views while talking to …" does
(`reported_speech._WHERE_ONLY`); so too with the occasion fronted as a participle of speaking ("Talking to media men
here late Saturday, the Prime Minister expressed these views."). A view with words of its own after it, and a
fronted participle before a reported clause, stay statements."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Prime Minister of Velmar Arno Kessik has declared that the Assembly is the only house for legislation.\n\n"


def test_these_views_after_a_fronted_occasion_is_narrative():
    body = _OPENING + (
        "Talking to media men here late Saturday, the Prime Minister expressed these views. Later, he visited the "
        "Press Club of Velmar."
    )
    assert_statements(body, [
        ("Arno Kessik", "indirect",
         "Prime Minister of Velmar Arno Kessik has declared that the Assembly is the only house for legislation."),
    ])


def test_these_views_closing_the_sentence_is_narrative():
    body = _OPENING + "The Prime Minister said that the budget would pass in May. Arno Kessik expressed these views."
    assert_statements(body, [
        ("Arno Kessik", "indirect",
         "Prime Minister of Velmar Arno Kessik has declared that the Assembly is the only house for legislation."),
        ("Arno Kessik", "indirect", "The Prime Minister said that the budget would pass in May."),
    ])


def test_views_on_a_topic_and_a_fronted_participle_before_a_clause_stay_statements():
    body = _OPENING + (
        "Arno Kessik expressed these views on the budget of the coastal districts. Talking to media men here late "
        "Saturday, the Prime Minister said the budget would pass in May."
    )
    assert_statements(body, [
        ("Arno Kessik", "indirect",
         "Prime Minister of Velmar Arno Kessik has declared that the Assembly is the only house for legislation."),
        ("Arno Kessik", "indirect", "Arno Kessik expressed these views on the budget of the coastal districts."),
        ("Arno Kessik", "indirect",
         "Talking to media men here late Saturday, the Prime Minister said the budget would pass in May."),
    ])
