"""Helper h997 (sevenhundredfiftysixth, Qinghai's and Xining's leaders as machine-translated releases print them): a
hotel's name before the speaker ("on the third floor of the Outer Armenia Grand Hotel Ostrune in the meeting room, X shook
hands …. He said that …") is a place, not the man "He" means."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_hotels_name_is_no_one_he_can_mean():
    body = (
        "The morning of March 16th, the head of the delegation of Velmar province Doren Kalvik "
        "visited the editors and reporters.\n\n"
        "on the third floor of the Outer Armenia Grand Hotel Ostrune in the meeting room, Doren Kalvik shook hands with the "
        "editors and reporters. He said that the session ended well.\n"
    )
    assert_statements(body, [
        ("Doren Kalvik", "indirect", "He said that the session ended well."),
    ])


def test_a_person_named_after_a_hotel_still_speaks():
    # guard: a hotel named before a person who then speaks leaves his words his
    body = (
        "Minister Ilona Brenn met Governor Oren Balt at the Tarvik Grand Hotel on 12 March.\n\n"
        "Governor Balt said that the talks had been useful.\n"
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Governor Balt said that the talks had been useful."),
    ])
