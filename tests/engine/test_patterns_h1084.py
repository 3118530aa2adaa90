"""Helper h1084 (eighthundredtwentyfourth, the Head of Tatarstan as his press office and partners' agencies print him):
"marked" in a Russian press office's English is "remarked" or "noted" ("“…”, X marked.", "X also marked the importance
of …", "X marked that …"), a point made; "marked the anniversary", "marked the day by laying a wreath" stay acts. After a quotation's tag, "…,” said X, speaking at the forum, while noting that …": the report goes on at
the participle after "while" and after the aside of where he spoke; a tag with only that aside, or "while" and a clause
of others, says no more."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_marked_as_a_quotations_tag_speaks():
    body = (
        "President Timur Valeyev received Consul General of Ostrava in Belkan Arno Dessel.\n\n"
        "“With such understanding we can widen our cooperation in all spheres”, Timur Valeyev marked. "
        "He also said that Ostrava and Belkan had built a good partnership."
    )
    assert_statements(body, [
        ("Timur Valeyev", "direct", "With such understanding we can widen our cooperation in all spheres"),
        ("Timur Valeyev", "indirect", "He also said that Ostrava and Belkan had built a good partnership."),
    ])


def test_marked_the_importance_and_marked_that_speak():
    body = (
        "President Timur Valeyev received Consul General of Ostrava in Belkan Arno Dessel.\n\n"
        "Timur Valeyev also marked the importance of preparations for the Year of Ostravan Culture.\n\n"
        "Arno Dessel marked that trade between the two sides had doubled."
    )
    assert_statements(body, [
        ("Timur Valeyev", "indirect",
         "Timur Valeyev also marked the importance of preparations for the Year of Ostravan Culture."),
        ("Arno Dessel", "indirect", "Arno Dessel marked that trade between the two sides had doubled."),
    ])


def test_marking_an_anniversary_is_an_act():
    body = (
        "President Timur Valeyev received Consul General of Ostrava in Belkan Arno Dessel.\n\n"
        "Timur Valeyev marked the anniversary of the consulate by laying flowers at the monument.\n\n"
        "Arno Dessel marked his birthday in Belkan."
    )
    assert_statements(body, [])


def test_while_noting_after_a_quotations_tag_and_its_aside_goes_on():
    body = (
        "President Teodor Arkan hosted the Head of Belkan, Rustam Alkin.\n\n"
        "“We would like Ostravan firms to see Belkan as a gateway,” said Rustam Alkin, speaking at the Business Forum, "
        "while noting that Ostravan fruit is in high demand in Belkan."
    )
    assert_statements(body, [
        ("Rustam Alkin", "direct", "We would like Ostravan firms to see Belkan as a gateway,"),
        ("Rustam Alkin", "indirect", "noting that Ostravan fruit is in high demand in Belkan."),
    ])


def test_a_tag_with_only_where_he_spoke_or_others_clause_says_no_more():
    body = (
        "President Teodor Arkan hosted the Head of Belkan, Rustam Alkin.\n\n"
        "“We would like Ostravan firms to see Belkan as a gateway,” said Rustam Alkin, speaking at the Business Forum.\n\n"
        "“Our doors are open,” said Teodor Arkan, while the delegates applauded."
    )
    assert_statements(body, [
        ("Rustam Alkin", "direct", "We would like Ostravan firms to see Belkan as a gateway,"),
        ("Teodor Arkan", "direct", "Our doors are open,"),
    ])
