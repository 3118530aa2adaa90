"""Rules for three errors earlier sets found and left alone (known31): invented readouts, invented people and
countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_PAIR = ("President Arvo Lind met President Karel Mets of Vesland.\n\n"
         "Mr Lind said that trade had grown. ")


@pytest.mark.parametrize("group_sentence", [
    "Both leaders, having heard the report of their ministers, stressed the need to expand ties.",
    "The sides, having heard the report of their ministers, noted the need to expand ties.",
    "The leaders, who met for the first time in the presence of their ministers, agreed to expand ties.",
    "The two Presidents, having heard the report of Minister Oren Tamm, emphasised the need to expand ties.",
    "The leaders of both countries, having heard the report of their ministers, stressed the need to expand ties.",
])
def test_group_subject_before_an_aside_ending_in_an_object_is_not_carried_on(group_sentence):
    """"Both leaders, having heard the report of their ministers, stressed …" (known31, an error an earlier set
    found): the pair's words, no one's; the aside ends with an object ("of their ministers"), which left the verb
    with no subject and carried the last speaker on. Before, Mr Lind's."""
    assert_statements(_PAIR + group_sentence, [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
    ])


def test_named_subject_before_an_aside_ending_in_an_object_still_speaks():
    """The guard: "Mr Lind, having heard the report of his ministers, stressed …": a person before the aside,
    his words."""
    assert_statements(_PAIR + "Mr Lind, having heard the report of his ministers, stressed the need to expand ties.", [
        ("Arvo Lind", "indirect", "Mr Lind said that trade had grown."),
        ("Arvo Lind", "indirect", "Mr Lind, having heard the report of his ministers, stressed the need to expand "
         "ties."),
    ])
