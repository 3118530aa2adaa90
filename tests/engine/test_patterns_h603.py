"""Rules from the invented styles and hard sets' remaining errors (helper h603), each a construction real readouts
have too: invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_measures_named_by_count_are_stated():
    """"Radoslava X named three measures that the Ministry proposes for the second half of the year:" (hard45
    velimorye_president_meeting_economy_minister): measures and proposals put, counted, as "The President named five
    main objectives facing the Ministry" (two-hundred-sixty-second kremlin 41929) and "named several steps" already
    were. Before, the lead was given to no one."""
    body = ("President Ivo Marr had a working meeting with Minister of Finance Lena Osk.\n\n"
            "Lena Osk named two measures that the Ministry proposes for next year.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "Lena Osk named two measures that the Ministry proposes for next year."),
    ])


def test_a_measure_named_after_someone_stays_narrative():
    """The guard: "named" with no count or article of the kinds of point before the noun (a thing given a name, "named
    the measures after …" of no number; a bridge named after a poet) stays narrative."""
    body = ("President Ivo Marr had a working meeting with Minister of Finance Lena Osk.\n\n"
            "Lena Osk named the new bridge after a poet of Tarnia.")
    assert_statements(body, [])
