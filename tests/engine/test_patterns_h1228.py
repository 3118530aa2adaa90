"""Rules from the nine-hundred-fortieth held-out set (the Governor of Batangas, Philippines, and those at the
province's meetings, 2023-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Ambassador of Kelvar, Ivo Ranst, opened the new gas terminal in Dorvan Province on Monday. "


def test_participle_after_a_list_of_attendees_is_the_events():
    """"The ceremony was attended by Secretary X, Mayor Y, and former Presidential Spokesperson Z, underscoring national
    and local support for the project." (Daily Tribune 2026-03-03): the participle's subject is the ceremony, what its
    guests show in the writer's words, no one's speech. Before, the whole sentence was the last guest's."""
    body = (_OPENING + "The ceremony was attended by Trade Secretary Maro Velik, Mayor Dana Orr, and former "
            "spokesperson Tamas Brill, underscoring national and local support for the project.")
    assert_statements(body, [])


def test_participle_after_two_attendees_joined_by_a_comma_is_the_events():
    """The same with two guests and no "and": "was attended by Mayor Y, Z, underscoring …", the event's, no one's."""
    body = (_OPENING + "The ceremony was attended by Mayor Dana Orr, Tamas Brill, underscoring national and local "
            "support for the project.")
    assert_statements(body, [])


def test_participle_after_an_attender_who_is_the_subject_still_speaks():
    """The guard: "Minister X attended the forum, highlighting …" (the active; the minister the participle's subject):
    his statement, unchanged."""
    body = (_OPENING + "Minister Maro Velik attended the forum, highlighting the importance of the sector.")
    assert_statements(body, [
        ("Maro Velik", "indirect", "Minister Maro Velik attended the forum, highlighting the importance of the sector."),
    ])
