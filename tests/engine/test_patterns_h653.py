"""Patterns found by helper h653's set fourhundredeightysixth (The Gambia's State House and Foreign Ministry releases):
"According to <a description> known as the “<Title>”, <Titled Name>, …" is the named person's account: the body's
quoted title between the description and the comma does not hide the name set off after it.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_according_to_a_description_known_as_a_quoted_title_then_the_name():
    """"According to the leader of the visiting group known as the "Harbour Friendship Caucus", Senator Orla Vance of
    Westmark, …": Vance's (before, the description "the leader" went to the host, the President)."""
    body = (
        "President Tomas Renholt on Monday received a group of lawmakers from Westmark at the Palace in Corvana.\n\n"
        'According to the leader of the visiting group known as the "Harbour Friendship Caucus", Senator Orla Vance of '
        'Westmark, their talks with the President were "very useful".\n\n'
        "President Renholt, on his part, said Corvana valued its friendship with Westmark."
    )
    assert_statements(body, [
        ("Orla Vance", "indirect", 'According to the leader of the visiting group known as the "Harbour Friendship '
                                   'Caucus", Senator Orla Vance of Westmark, their talks with the President were '
                                   '"very useful".'),
        ("Tomas Renholt", "indirect", "President Renholt, on his part, said Corvana valued its friendship with "
                                      "Westmark."),
    ])


def test_according_to_a_description_then_a_titled_name_is_unchanged():
    """Guard: the plain form "According to the head of the delegation, Deputy Minister X, …" stays X's."""
    body = (
        "President Tomas Renholt received a delegation from Westmark in Corvana.\n\n"
        "According to the head of the delegation, Deputy Minister Piet Aldane, the visit opened a new chapter in "
        "relations."
    )
    assert_statements(body, [
        ("Piet Aldane", "indirect", "According to the head of the delegation, Deputy Minister Piet Aldane, the visit "
                                    "opened a new chapter in relations."),
    ])
