"""Rules from the nine-hundred-second held-out set (the Governor of Delta State, Nigeria, and those who speak at his
meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Tomas Vale of Kestria State received a delegation of traders at Government House on Monday. "


def test_the_governors_aide_is_the_executive_assistant_named_with_a_portfolio():
    """"The Executive Assistant to the Governor on Non-Indigene Affairs, Hon Barr X, … noted that … The Governor’s aide
    used the opportunity to appreciate …" (gallantreporters 2025-03-13): an aide's office held "to" a principal with a
    portfolio after "on" is the name's, and "the Governor’s aide" is he. Before, "the Governor’s aide" no one's."""
    body = (_VISIT + "The Executive Assistant to the Governor on Settler Affairs, Hon Emeka Dorun, noted that "
            "the traders had witnessed a fair market. "
            "The Governor’s aide thanked the traders for their support and urged them to keep the peace.")
    assert_statements(body, [
        ("Emeka Dorun", "indirect", "The Executive Assistant to the Governor on Settler Affairs, Hon Emeka Dorun, "
         "noted that the traders had witnessed a fair market."),
        ("Emeka Dorun", "indirect",
         "The Governor’s aide thanked the traders for their support and urged them to keep the peace."),
    ])


def test_the_aide_is_the_special_adviser_named_with_a_portfolio():
    """The same with "Special Adviser … on Media and Publicity" and a bare "The aide"."""
    body = (_VISIT + "The Special Adviser to the Governor on Media and Publicity, Ada Morin, said the market would "
            "reopen. The aide added that the traders would be paid.")
    assert_statements(body, [
        ("Ada Morin", "indirect", "The Special Adviser to the Governor on Media and Publicity, Ada Morin, said the "
         "market would reopen."),
        ("Ada Morin", "indirect", "The aide added that the traders would be paid."),
    ])


def test_the_governors_aide_is_not_a_minister_named_before():
    """The guard: "the Governor’s aide" with no assistant nor adviser named is not the Minister named before him."""
    body = ("Minister of Works Ada Morin visited Kestria State on Monday. "
            "The Governor’s aide thanked the traders for their support.")
    assert_statements(body, [])
