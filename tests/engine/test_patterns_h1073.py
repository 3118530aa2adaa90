"""Helper h1073 (eighthundredfifteenth, the Governor of Oklahoma as outlets print him): a flag, banner or glass raised
("… and raised the Ostravan state flag at the embassy.") is a ceremony's act, no words; "raised the issue of …" stays a
matter put in words; a name after "the United States of America" is a person's ("States" before "of" inside
the nation's name is no group's head), "the governors of the states" stays a group."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_raising_a_flag_is_an_act():
    body = (
        "Governor Paul Dresner is abroad this week, working to expand Belmont's ties with Ostrava.\n\n"
        "He met with Ambassador Lena Varro and raised the Belmont state flag at the embassy.\n\n"
        "“Belmont and Ostrava share a focus on farming,” Governor Dresner said in a statement."
    )
    assert_statements(body, [
        ("Paul Dresner", "direct", "Belmont and Ostrava share a focus on farming,"),
    ])


def test_raising_an_issue_is_still_said():
    body = (
        "Governor Paul Dresner is abroad this week, working to expand Belmont's ties with Ostrava.\n\n"
        "He met with Ambassador Lena Varro and raised the issue of farm tariffs at the embassy."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "He met with Ambassador Lena Varro and raised the issue of farm tariffs at the embassy."),
    ])


def test_a_name_after_the_united_states_of_america_is_a_person():
    # "States" before "of" inside the nation's name is no group's head ("the governors of the states")
    body = (
        "Minister Lena Varro met with Governor of the State of Belmont in the United States of America Paul Dresner.\n\n"
        "Dresner thanked the minister for the hospitality."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Dresner thanked the minister for the hospitality."),
    ])


def test_the_governors_of_the_states_stay_a_group():
    body = (
        "Minister Lena Varro met with the governors.\n\n"
        "The governors of the states welcomed the plan."
    )
    assert_statements(body, [])
