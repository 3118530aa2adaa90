"""Rules from the nine-hundred-tenth held-out set (the Northern Regional Minister of Ghana, Tamale, 2017-2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "The Veldian Regional Minister, Mr Tomas Arvel, received the chiefs of Osterlund on Monday. "


def test_viewed_a_thing_as_a_platform_speaks():
    """"He also viewed the meeting as a platform for sharing innovative ideas …" (Modern Ghana 2023-09-25): a view of
    the thing stated, as "sees … as a priority". Before, no one's."""
    body = _CALL + "He also viewed the meeting as a platform for sharing ideas on development."
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "He also viewed the meeting as a platform for sharing ideas on development."),
    ])


def test_viewed_a_thing_as_something_happened_is_no_statement():
    """The guard: "viewed the exhibition as the band played" has no noun of a role after "as": a thing looked at."""
    body = _CALL + "He viewed the exhibition as the band played."
    assert_statements(body, [])


def test_renewed_a_long_named_owners_determination_speaks():
    """"He renewed President Nana Addo Dankwa Akufo Addo’s determination to find a permanent solution …" (Citi
    2017-03-30): a resolve restated, the owner named in six words before the possessive, more than the five words the
    plain object took. Before, no one's, and the next "He encouraged …" went to the President named in it."""
    body = (_CALL + "Tomas Arvel commended the chiefs for their commitment to peace. "
            "He renewed President Karl Osten Mirra Belvar Tunn’s determination to find a permanent solution to the "
            "dispute. He encouraged the chiefs to adopt modern farming.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "Tomas Arvel commended the chiefs for their commitment to peace."),
        ("Tomas Arvel", "indirect", "He renewed President Karl Osten Mirra Belvar Tunn’s determination to find a "
         "permanent solution to the dispute."),
        ("Tomas Arvel", "indirect", "He encouraged the chiefs to adopt modern farming."),
    ])


def test_renewed_a_long_named_owners_passport_is_no_statement():
    """The guard: "renewed President … Tunn’s passport" names no resolve, call or support: a paper renewed."""
    body = _CALL + "He renewed President Karl Osten Mirra Belvar Tunn’s passport at the consulate."
    assert_statements(body, [])
