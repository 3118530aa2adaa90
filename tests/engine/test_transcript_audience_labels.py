"""Labels of people a transcript does not name, in the plural or "from the audience" (the hundred-seventy-seventh
set's probe: "Remark from the audience: Thank you!" went to the President who spoke before). Invented people."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("label", ["Remark from the audience", "Voices from the audience", "Question from the floor",
                                   "Remarks"])
def test_an_unnamed_voice_from_the_audience_is_no_ones(label):
    body = ("President Ivan Petrov: I wish you every success.\n\n"
            f"{label}: Thank you!\n\n"
            "Ivan Petrov: Thank you too.")
    assert_statements(body, [
        ("Ivan Petrov", "direct", "I wish you every success."),
        ("Ivan Petrov", "direct", "Thank you too."),
    ])


def test_a_named_speaker_from_the_audience_still_speaks():
    """The guard: a label that names its speaker stays hers."""
    body = ("President Ivan Petrov: I wish you every success.\n\n"
            "Anna Orlova: Thank you!\n\n"
            "Ivan Petrov: Thank you too.")
    assert_statements(body, [
        ("Ivan Petrov", "direct", "I wish you every success."),
        ("Anna Orlova", "direct", "Thank you!"),
        ("Ivan Petrov", "direct", "Thank you too."),
    ])
