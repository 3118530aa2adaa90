"""Rules from the hundred-second held-out set (president.gov.ua, December 2021 and June 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_saint_named_in_the_title_is_a_place_not_the_president():
    """"President received credentials … in St. Sophia's Cathedral" with the body's "the National Reserve
    "Sophia of Kyiv"": the title's "St. Mary" is a church, no person; before, it was made one, met again in the
    body's "Mary of Lorn", and took every bare "the President" from the President named in the body (75561)."""
    title = "President received credentials and started a new tradition in St. Mary's Cathedral"
    body = ('President of Ruritania Ivan Dorn received credentials from the ambassadors. The ceremony took place '
            'at the Reserve "Mary of Lorn". The President noted that the ambassadors are welcome.')
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "The President noted that the ambassadors are welcome."),
    ], title=title)


def test_a_saints_country_with_an_office_in_the_title_is_still_a_person():
    """The guard: a title's name with an office before it ("Prime Minister of Saint Lucia Ada Grey") is a
    person, though a saint's name stands in it."""
    title = "President met with Prime Minister of Saint Lucia Ada Grey"
    body = ("President Ivan Dorn met with Prime Minister of Saint Lucia Ada Grey. The Prime Minister thanked the "
            "President for the invitation.")
    assert_statements(body, [
        ("Ada Grey", "indirect", "The Prime Minister thanked the President for the invitation."),
    ], title=title)
