"""Rules from the hundred-thirty-fifth held-out set (en.kremlin.ru, 2000, 2003 and 2017): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_and_joining_two_adjectives_of_a_bodys_name_makes_no_person():
    """"Congratulations to X, president of the International Foundation for Socio-Economic and Political
    Studies" (53978): the 'and' joins two adjectives of one body's name, so "Political Studies" is no person.
    Before, the title's "Political Studies" was a person with the office "president" and took the bare
    "The President" of the body, and with it the quoted message."""
    body = ("Arto Velsen congratulated Tomas Brandel, president of the Institute for Socio-Economic and Political "
            "Studies, on his birthday.\n\n"
            "The President said in his message:\n\n"
            "“Your work has served our country well”.")
    assert_statements(body, title="Congratulations to Tomas Brandel, president of the Institute for Socio-Economic "
                                  "and Political Studies", expected=[
        ("Arto Velsen", "indirect", "Arto Velsen congratulated Tomas Brandel, president of the Institute for "
                                    "Socio-Economic and Political Studies, on his birthday."),
        ("Arto Velsen", "direct", "Your work has served our country well"),
    ])


def test_a_parenthesised_paragraph_inside_a_turn_is_no_ones():
    """"(A sculpture, Seagull Landing on Water, by …, and a painting, …)." (53990): a transcript paragraph that is
    only an editor's note in parentheses is no one's words, and the turn goes on after it. Before, it was given
    to the speaker of the turn."""
    body = ("President of Norland Arto Velsen: I have a gift for you.\n\n"
            "(A painting, Boats on the River, by Ivo Sand).\n\n"
            "This is your home town.\n\n"
            "Mara Lind: Thank you very much.")
    assert_statements(body, title="Meeting with Mara Lind", expected=[
        ("Arto Velsen", "direct", "I have a gift for you."),
        ("Arto Velsen", "direct", "This is your home town."),
        ("Mara Lind", "direct", "Thank you very much."),
    ])
