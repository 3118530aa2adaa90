"""Rules from the nine-hundred-fiftieth held-out set (the Regional Commissioner of Mbeya, Tanzania, and those at his
meetings, 2016-2019): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Regional Commissioner of Dorvan, Tamas Brill, met district heads in Kelm on Monday. "


def test_an_ultimatum_issued_to_someone_is_an_order():
    """"Regional Commissioner X has issued a seven-day ultimatum to District Commissioner Y to ensure …" (allAfrica
    2019-02-01): a demand with a threat, an order given, as "issued a directive to"; before, no one's."""
    body = (_OPENING + "Brill has issued a seven-day ultimatum to District Commissioner Maro Velik to ensure revenue "
            "is collected from all taxicabs.")
    assert_statements(body, [
        ("Tamas Brill", "indirect", "Brill has issued a seven-day ultimatum to District Commissioner Maro Velik to "
         "ensure revenue is collected from all taxicabs."),
    ])


def test_an_ultimatum_issued_by_someone_in_the_passive_stays_narrative():
    """The guard: "The ultimatum was issued by X." (the 876th's decision: an act, no speech verb), no one's."""
    body = _OPENING + "The ultimatum was issued by Tamas Brill on Monday."
    assert_statements(body, [])


def test_directing_district_commissioners_is_an_order():
    """"the regional boss has directed all district commissioners to provide him with …" (allAfrica 2019-02-01): the
    Regional Commissioner's order to the office-holders under him, as "directed officials"; before, no one's."""
    body = (_OPENING + "In another development, Brill has directed all district commissioners to provide him with "
            "the number of houses in their areas.")
    assert_statements(body, [
        ("Tamas Brill", "indirect", "In another development, Brill has directed all district commissioners to "
         "provide him with the number of houses in their areas."),
    ])


def test_according_to_office_words_and_a_styled_name():
    """"According to LTA public relations officer Ms X, the project aims to …" (The Citizen 2019-08-10): the officer's
    account, as "According to Ms X, …"; before, the sentence was no one's ("LTA" read as a name)."""
    body = (_OPENING + "According to LTA public relations officer Ms Dana Orr, the project aims to formalize land "
            "ownership in two districts.")
    assert_statements(body, [
        ("Dana Orr", "indirect", "According to LTA public relations officer Ms Dana Orr, the project aims to "
         "formalize land ownership in two districts."),
    ])


def test_according_to_data_released_by_a_styled_name_is_not_read():
    """The guard: "According to data released by Mr X, …": a preposition among the words, the data's, unchanged."""
    body = _OPENING + "According to data released by Mr Ivo Ranst, the project aims to formalize land ownership."
    assert_statements(body, [])
