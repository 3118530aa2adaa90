"""Helper h991 (sevenhundredfiftysecond, the Chief Minister of Haryana as outlets print him): "gave various
suggestions to X like …" is a suggestion made."""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Chief Minister Ravel Okand met a delegation led by Ambassador Tom Hale of Arland here today.\n\n"


def test_gave_suggestions_to_a_listener_is_a_suggestion():
    body = _OPENING + (
        "The Chief Minister also gave various suggestions to Tom Hale like setting up of a research centre in Velmar.\n"
    )
    assert_statements(body, [
        ("Ravel Okand", "indirect", "The Chief Minister also gave various suggestions to Tom Hale like setting up of a "
                                    "research centre in Velmar."),
    ])


def test_gave_rise_to_suggestions_of_is_no_statement():
    # guard: "gave rise to suggestions of …" tells what followed, not a suggestion made
    body = _OPENING + (
        "The delay gave rise to suggestions of a new road.\n\n"
        "Okand said the road would be built.\n"
    )
    assert_statements(body, [
        ("Ravel Okand", "indirect", "Okand said the road would be built."),
    ])

