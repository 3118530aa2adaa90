"""Patterns found by the fortyfourth held-out set (real Kremlin news readouts, 2000-2014).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_singled_out_is_a_point_made():
    """"The President singled out several priorities for …" highlights them: a speech verb
    with "out", as "pointed out" ("singled out X for praise" praises)."""
    body = (
        "President Petr Halen held a meeting at the Ministry of Defence.\n\n"
        "President Petr Halen singled out several priorities for military reform."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "President Petr Halen singled out several priorities for military reform."),
    ])


def test_the_points_of_a_list_go_on_with_the_account_that_announced_them():
    """"The President outlined three priorities …" / "Firstly, the army should be reequipped. …" /
    "Secondly, …": a paragraph that opens with the list's next point carries on the account
    that ended the paragraph before; "Secondly," is no name and "the army should be
    reequipped" is an argument, not a body acting."""
    body = (
        "President Petr Halen held a meeting at the Ministry of Defence.\n\n"
        "President Petr Halen outlined three priorities for military reform.\n\n"
        "Firstly, the term of conscription service should be reduced. "
        "Also, professional units should be formed by 2007.\n\n"
        "Secondly, the army should be reequipped.\n\n"
        "The ministers then discussed the budget."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "President Petr Halen outlined three priorities for military reform."),
        ("Petr Halen", "indirect", "Firstly, the term of conscription service should be reduced."),
        ("Petr Halen", "indirect", "Also, professional units should be formed by 2007."),
        ("Petr Halen", "indirect", "Secondly, the army should be reequipped."),
    ])


def test_a_message_delivered_from_the_president_is_the_presidents():
    """A title whose subject is the courier ("Deputy Minister X delivered a message from
    President Y to the Emir of Z") over "The message said, in part: “…”": the quoted words are
    the sender's, Y named after "a message from", not the courier's nor no one's."""
    title = ("Anton Brask, Deputy Foreign Minister of Ostrava, delivered a message from President "
             "Petr Halen to the Emir of Velmora, Karim Nadir")
    body = (
        "The message said, in part:\n\n"
        "“I am glad to note that our countries share positions on key international issues.”"
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "I am glad to note that our countries share positions on key international issues."),
    ], title=title)


def test_an_editors_note_opening_a_turn_is_no_ones_words():
    """"(Addressing Ivo Marek) I would also like to wish you success …" in a transcript: the
    note in parentheses before the words tells whom the speaker turns to; the words after
    it are his, the note is not."""
    body = (
        "President Petr Halen met with Anton Brask and Ivo Marek.\n\n"
        "President of Ostrava Petr Halen: I would like to thank you for your work.\n\n"
        "(Addressing Ivo Marek) I would also like to wish you success in your new post.\n\n"
        "Ivo Marek: Thank you, Mr President."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "I would like to thank you for your work."),
        ("Petr Halen", "direct", "I would also like to wish you success in your new post."),
        ("Ivo Marek", "direct", "Thank you, Mr President."),
    ])
