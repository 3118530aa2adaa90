"""Rules from the two-hundred-twenty-ninth held-out set (en.kremlin.ru, June 2006): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_named_bare_nouns_as_promising_areas_is_a_statement():
    """"Mr Putin named energy, investment and production as promising areas for cooperation." (two-hundred-twenty-ninth
    48651): points stated, as "named the creation of … as strategic tasks"; the things named with no article before
    them, and "areas" among the points after "as". Before, nothing."""
    body = ("President Arvel Dunmore met with the members of the Kestrian Business Council.\n\n"
            "Mr Dunmore named shipping, tourism and farming as promising areas for cooperation.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Mr Dunmore named shipping, tourism and farming as promising areas for "
         "cooperation."),
    ])


def test_named_a_person_as_an_envoy_is_no_statement():
    """The guard: "named X as his envoy" is an appointment, an act; only the kinds of point a speaker lists after
    "as" make "named" speak."""
    body = ("President Arvel Dunmore visited the port of Kestria.\n\n"
            "Mr Dunmore named Oren Falk as his special envoy for the region.")
    assert_statements(body, [])
