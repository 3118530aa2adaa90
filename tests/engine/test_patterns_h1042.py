"""Helper h1042 (sevenhundredninetysecond, the Chief Minister of Sikkim as outlets print him): a request asked again
or made as a noun, "He repeated his request to the Central Government for …" (said again, as "renewed his request")
and "sought the State Government’s intervention in …" / "sought urgent intervention" (asked for, as "requested");
not "repeated the exercise", nor "sought refuge"; and "earnestly", "eloquently" between a subject and its
verb ("He earnestly requested …")."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_repeated_his_request_is_a_report():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "He repeated his request to the Central Government for speeding up the new road."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "He repeated his request to the Central Government for speeding up the new road."),
    ])


def test_repeated_an_exercise_is_no_report():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "Minister Lorvik repeated the exercise twice."
    )
    assert_statements(body, [])


def test_sought_the_governments_intervention_is_a_request():
    body = (
        "Minister Anna Lorvik called on Governor Paul Dresner in Belmont.\n\n"
        "While interacting with the Governor, Minister Lorvik sought the State Government’s intervention in sorting "
        "out the dispute over land."
    )
    assert_statements(body, [
        ("Anna Lorvik", "indirect",
         "While interacting with the Governor, Minister Lorvik sought the State Government’s intervention in sorting "
         "out the dispute over land."),
    ])


def test_sought_urgent_intervention_is_a_request():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "Minister Lorvik sought urgent intervention to restore the mountain highway."
    )
    assert_statements(body, [
        ("Anna Lorvik", "indirect", "Minister Lorvik sought urgent intervention to restore the mountain highway."),
    ])


def test_sought_refuge_is_no_request():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "Hundreds of families sought refuge in the hills after the floods."
    )
    assert_statements(body, [])


def test_earnestly_between_the_subject_and_its_verb():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "During the meeting, Governor Dresner underscored the demands. He earnestly requested the Minister to address "
        "these matters."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "During the meeting, Governor Dresner underscored the demands."),
        ("Paul Dresner", "indirect", "He earnestly requested the Minister to address these matters."),
    ])


def test_earnestly_in_a_narrative_sentence_is_no_report():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "Volunteers worked earnestly through the night to clear the road."
    )
    assert_statements(body, [])
