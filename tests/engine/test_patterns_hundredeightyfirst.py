"""Rules from the hundred-eighty-first held-out set (en.kremlin.ru, August 2002): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_named_things_among_priorities_is_a_statement():
    """"Vladimir Putin named the energy sphere and … integration into the European energy system among priorities of
    Russian-Ukrainian cooperation." (27270): priorities stated, as "named … as strategic tasks". Before, nothing."""
    body = ("President Arvel Dunmore held talks with Kestrian President Oren Falk.\n\n"
            "Arvel Dunmore named the transport sphere and Kestria’s access to the northern ports among priorities "
            "of bilateral cooperation.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Arvel Dunmore named the transport sphere and Kestria’s access to the northern "
         "ports among priorities of bilateral cooperation."),
    ])


def test_named_someone_among_the_guests_stays_narrative():
    """The guard: "named" with "among" but no priority, task or goal after it ("named the minister among the
    delegation's members") says nothing."""
    body = ("President Arvel Dunmore held talks with Kestrian President Oren Falk.\n\n"
            "Arvel Dunmore named the new minister among the members of the delegation.")
    assert_statements(body, [])
