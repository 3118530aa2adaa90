"""Rules for errors earlier sets found and left alone, of who is who: two unnamed holders of one office of two
bodies; invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_FIRST_MINISTERS = ("The Prime Minister met the First Ministers of Vesland and Ostria.\n\n"
                    "They were joined by the Chancellor of the Treasury and the Chancellor of the Duchy of Arnholt.\n\n"
                    "The Chancellor set out the support provided by the Treasury.\n\n")


def test_office_of_a_body_is_not_the_bare_office_holder():
    """"The Chancellor set out the direct UK-wide support … The Chancellor of the Duchy of Lancaster said that
    collaboration …" (two-hundred-thirty-ninth first_ministers): one office of two bodies, two people, neither
    named; before, both one "The Chancellor"."""
    said = "The Chancellor of the Duchy of Arnholt said that collaboration would make us stronger."
    added = "The Chancellor of the Duchy of Arnholt added that ties were good."
    assert_statements(_FIRST_MINISTERS + said + " " + added, [
        ("The Chancellor", "indirect", "The Chancellor set out the support provided by the Treasury."),
        ("The Chancellor of the Duchy of Arnholt", "indirect", said),
        ("The Chancellor of the Duchy of Arnholt", "indirect", added),
    ])


def test_office_of_a_country_is_still_the_bare_office_holder():
    """The guard: "The Chancellor of Vesland" (of a country, no "the"): the Chancellor the readout spoke of."""
    said = "The Chancellor of Vesland said that collaboration would make us stronger."
    assert_statements(_FIRST_MINISTERS + said, [
        ("The Chancellor", "indirect", "The Chancellor set out the support provided by the Treasury."),
        ("The Chancellor", "indirect", said),
    ])


def test_president_of_the_republic_is_still_the_president():
    """The guard: "The President … The President of the Republic said …": the one head of state."""
    body = ("The President met with Prime Minister Oren Falk of Vesland.\n\n"
            "The President of the Republic said that ties were good. The President added that trade had grown.")
    assert_statements(body, [
        ("The President", "indirect", "The President of the Republic said that ties were good."),
        ("The President", "indirect", "The President added that trade had grown."),
    ])
