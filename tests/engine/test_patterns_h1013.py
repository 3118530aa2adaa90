"""Helper h1013 (sevenhundredsixtyninth, the Chief Minister of Bihar as outlets print him): "official" an adjective
before the thing it qualifies ("… even as the official sources said that …"), a thing, not "the official", a person."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_official_sources_are_no_person():
    body = (
        "Governor Ana Belko said on Monday the minister would visit Dorvel in May.\n\n"
        "He did not elaborate about the plans of the visit even as the official sources said that the minister is "
        "likely to open a bridge.\n\n"
        "Belko said that the budget was ready."
    )
    assert_statements(body, [
        ("Ana Belko", "indirect", "Governor Ana Belko said on Monday the minister would visit Dorvel in May."),
        ("Ana Belko", "indirect", "Belko said that the budget was ready."),
    ])


def test_the_official_alone_is_still_a_person():
    body = (
        "Governor Ana Belko met the visiting delegation from Marnek on Monday.\n\n"
        "The official said that the budget for the bridge was ready."
    )
    assert_statements(body, [
        ("Ana Belko", "indirect", "The official said that the budget for the bridge was ready."),
    ])
