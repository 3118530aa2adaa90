"""Readings of real Kremlin text of stop 31: kind wishes passed on to an addressee of many words
("He passed to the Primate of the Armenian Apostolic Church best wishes from Alexii II").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_kind_wishes_passed_to_a_long_addressee_are_conveyed():
    """"In his opening address, Mr Putin highlighted the positive influence of the Church on the development of
    Russian-Armenian relations. He passed to the Primate of the Armenian Apostolic Church best wishes from
    Alexii II, the Patriarch of Moscow and All Russia." (two-hundred-forty-fourth 40085): kind wishes passed on,
    with an addressee of seven words first, are words conveyed, as after "gave"."""
    body = (
        "In his opening address, Mr Vask highlighted the role of the Church in Kastravian-Drevnian relations.\n\n"
        "He passed to the Primate of the Drevnian Apostolic Church best wishes from Patriarch Ilian of Kastravia."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "In his opening address, Mr Vask highlighted the role of the Church in Kastravian-Drevnian relations."),
        ("Oren Vask", "indirect",
         "He passed to the Primate of the Drevnian Apostolic Church best wishes from Patriarch Ilian of Kastravia."),
    ], title="Oren Vask met with the Primate of the Drevnian Church")


def test_passing_the_wishes_of_residents_to_a_ministry_stays_narrative():
    """Guard: "passed" with "wishes" but no kind word before them, far from the verb ("passed to the regional
    ministry of housing the wishes of residents"), relays a request as a file, not greetings: no statement."""
    body = (
        "The meeting took place in Veloria.\n\n"
        "Mr Vask passed to the regional ministry of housing and utilities the written wishes of residents."
    )
    assert_statements(body, [], title="Oren Vask visited Veloria")
