"""Rules from the nine-hundred-ninety-fifth held-out set (the Governor of Albay, the Philippines, and the Governors of
Camarines Sur and Sorsogon, with those at their meetings, 2016-2023): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_ordered_mayors_of_towns_then_when_to_act_is_an_order():
    """"Lagman ordered mayors of affected towns and cities on Thursday afternoon, October 5 to wrap up …" and "He also
    ordered chief executives to assist …" (Rappler 2023-10-05): an order to office-holders named by a plural with no
    article, whose towns and when between it and "to", as "directed officials to". Before, "ordered" took only "the",
    a capitalised addressee, "his/her/their …" or "all/each/every …", and both orders were lost."""
    body = ("Governor Tomas Varek of Kelmar province met the relief agencies on Thursday.\n\n"
            "Varek ordered mayors of flooded towns and villages on Thursday afternoon, May 4 to close the shelters.\n\n"
            "He also ordered chief executives to assist displaced families to return home.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Varek ordered mayors of flooded towns and villages on Thursday afternoon, May 4 "
                                    "to close the shelters."),
        ("Tomas Varek", "indirect", "He also ordered chief executives to assist displaced families to return home."),
    ])


def test_ordered_a_thing_for_officials_is_no_order():
    """The guard: the plural after a preposition ("ordered lunch for officials to eat …") is what was ordered and for
    whom, an act; and "ordered mayors' reports" with no "to" and a verb says nothing ordered of them."""
    body = ("Governor Tomas Varek of Kelmar province met the relief agencies on Thursday.\n\n"
            "Varek ordered lunch for officials to eat after the meeting.\n\n"
            "He later ordered mayors' reports from the archive.")
    assert_statements(body, [])
