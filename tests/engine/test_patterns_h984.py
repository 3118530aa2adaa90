"""Helper h984 (stop 58, sevenhundredfortyfifth: the Chief Minister of Sindh's meetings): a title's office in the
plural ("Velmoran, Tarsian Ambassadors Call On Orvia CM") names a group of guests, no one person, so the body's
"The chief minister said …" stays the chief minister's."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_plural_office_in_title_is_no_speaker():
    body = ("Velmoran, Tarsian Ambassadors Call On Orvia CM\n\n"
            "Ambassador of Velmora Oren Vask called on Orvia Chief Minister Tamsin Ardelle at CM House.\n\n"
            "The chief minister said that a Tarsian firm had built the coast road.\n\n"
            "He urged the ambassador to invite his country's investors.")
    assert_statements(body, [
        ("Tamsin Ardelle", "indirect", "The chief minister said that a Tarsian firm had built the coast road."),
        ("Tamsin Ardelle", "indirect", "He urged the ambassador to invite his country's investors."),
    ])


def test_singular_office_in_title_still_names_the_guest():
    body = ("Velmoran Ambassador Calls On Orvia CM\n\n"
            "Ambassador of Velmora Oren Vask called on Orvia Chief Minister Tamsin Ardelle at CM House.\n\n"
            "The ambassador said that Velmora valued its ties with Orvia.")
    assert_statements(body, [
        ("Oren Vask", "indirect", "The ambassador said that Velmora valued its ties with Orvia."),
    ])
