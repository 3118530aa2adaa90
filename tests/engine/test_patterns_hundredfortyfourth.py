"""Rules from the hundred-forty-fourth held-out set (en.kremlin.ru, May 2019): invented readouts, invented people
(the rule reads a known country's name, so that country is a real one)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_country_after_in_before_a_name_is_a_place_not_his_qualifier():
    """"Vladimir Putin noted that in Russia Joko Widodo is known as a principled advocate …" (60560): "in Russia"
    is where he is known, not his country; read as "Russia Joko Widodo" (as "Belarus President X" is read) it made
    him the one "The President of Russia" means, and the message's last sentence went to him."""
    body = ("Ivo Marr sent a message congratulating President of the Republic of Sundara Bayu Santoso on his "
            "re-election as head of state. Ivo Marr noted that in Norway Bayu Santoso is known as a friend of the two "
            "countries. The President of Norway reaffirmed his readiness for continued dialogue.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr sent a message congratulating President of the Republic of Sundara Bayu "
                                 "Santoso on his re-election as head of state."),
        ("Ivo Marr", "indirect", "Ivo Marr noted that in Norway Bayu Santoso is known as a friend of the two countries."),
        ("Ivo Marr", "indirect", "The President of Norway reaffirmed his readiness for continued dialogue."),
    ])


def test_a_country_after_in_before_a_name_in_another_clause_is_a_place():
    """The same class in another clause ("recalled that in Norway X had studied …"): the country is where he
    studied, and "The President of Norway" is still the sender's."""
    body = ("Ivo Marr sent a message congratulating President of the Republic of Sundara Bayu Santoso on his "
            "re-election. Ivo Marr recalled that in Norway Bayu Santoso had studied medicine. "
            "The President of Norway wished him success.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr sent a message congratulating President of the Republic of Sundara Bayu "
                                 "Santoso on his re-election."),
        ("Ivo Marr", "indirect", "Ivo Marr recalled that in Norway Bayu Santoso had studied medicine."),
        ("Ivo Marr", "indirect", "The President of Norway wished him success."),
    ])
