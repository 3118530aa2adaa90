"""Helper h1073 (eighthundredfifteenth, the Governor of Oklahoma as outlets print him): a flag, banner or glass raised
("… and raised the Ostravan state flag at the embassy.") is a ceremony's act, no words; "raised the issue of …" stays a
matter put in words."""

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
