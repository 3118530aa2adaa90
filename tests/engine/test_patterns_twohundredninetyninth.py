"""Readings of real UK Government text of stop 32: an office that opens a sentence with no article,
then the holder's name between commas ("Energy Minister, Greg Hands, raised …"), is that person's
office, so the readout's unnamed "The Prime Minister" is not read as him.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "PM roundtable with industry leaders: 3 March 2031"


def test_an_office_opening_the_sentence_before_a_name_between_commas_is_his():
    """"The Prime Minister told attendees that he had an insatiable desire to further maximise supply. … Energy
    Minister, Greg Hands, raised the work of Offshore Wind Acceleration Task Force …" (twohundredninetyninth
    uk_pm wind_roundtable): the office before the comma is the name's, who is no untitled guest that the
    readout's unnamed Prime Minister could be."""
    body = (
        "The Prime Minister chaired a roundtable of industry leaders this afternoon.\n\n"
        "The Prime Minister told attendees that he wanted to double the supply of power.\n\n"
        "Trade Minister, Jan Dorn, raised the work of the export task force."
    )
    assert_statements(body, [
        ("The Prime Minister", "indirect", "The Prime Minister told attendees that he wanted to double the supply of power."),
        ("Jan Dorn", "indirect", "Trade Minister, Jan Dorn, raised the work of the export task force."),
    ], title=TITLE)


def test_a_place_opening_the_sentence_before_a_name_between_commas_is_no_office():
    """Guard: "In Tarvik, Jan Dorn, …" — a place before the comma gives the name no office: Jan Dorn stays
    untitled (and the readout's bare office may still be his)."""
    body = (
        "The Prime Minister chaired a roundtable of industry leaders this afternoon.\n\n"
        "In Tarvik, Jan Dorn, the host, said that the region would build a new port."
    )
    result = assert_statements(body, [
        ("Jan Dorn", "indirect", "In Tarvik, Jan Dorn, the host, said that the region would build a new port."),
    ], title=TITLE)
    assert not any("minister" in (s.speaker or "").lower() and "Dorn" in (s.speaker or "") for s in result.statements)


def test_an_office_after_a_possessive_before_a_name_between_commas_is_his():
    """"The Prime Minister was pleased to host President Trump’s Special Envoy to the United Kingdom, Mark Burnett,
    at Downing Street last night, during which he took a call …" (twohundredninetyninth uk_pm burnett): the
    office after the possessive is the enclosed name's, so the envoy is not the readout's unnamed Prime Minister."""
    body = (
        "The Prime Minister was pleased to host President Vask’s Special Envoy to the United Kingdom, Jan Dorn, "
        "at Downing Street last night, during which he took a call from President Vask and discussed his "
        "forthcoming visit to Ostreva.\n\n"
        "Mr Dorn reflected on his personal connections to the UK."
    )
    assert_statements(body, [
        ("The Prime Minister", "indirect", "The Prime Minister was pleased to host President Vask’s Special Envoy to "
         "the United Kingdom, Jan Dorn, at Downing Street last night, during which he took a call from President "
         "Vask and discussed his forthcoming visit to Ostreva."),
        ("Jan Dorn", "indirect", "Mr Dorn reflected on his personal connections to the UK."),
    ], title=TITLE)


def test_a_possessive_before_a_thing_and_a_name_between_commas_gives_no_office():
    """Guard: "Ostreva’s Northern Port, Jan Dorn said, …" — a place after the possessive is no office: the
    sentence stays Jan Dorn's statement and he gets no office from it."""
    body = (
        "The Prime Minister chaired a roundtable of industry leaders this afternoon.\n\n"
        "Jan Dorn said that the region would build a new port near Ostreva’s Northern Bay, Tarvik, next year."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Jan Dorn said that the region would build a new port near Ostreva’s Northern Bay, "
         "Tarvik, next year."),
    ], title=TITLE)


def test_a_statement_issued_and_named_by_what_it_says_is_a_statement():
    """"On Monday a bomb exploded at Moscow’s Domodedovo airport. The Foreign Secretary issued a statement
    condemning the act of terrorism." (twohundredninetyninth uk_fcdo 2011-01-28): the statement named by what
    it says, a speech verb's participle right after it, is his indirect statement, as "condemned" would be."""
    body = (
        "On Monday a bomb exploded at the airport in Tarvik. "
        "The Foreign Secretary issued a statement condemning the act of terrorism."
    )
    assert_statements(body, [
        ("The Foreign Secretary", "indirect", "The Foreign Secretary issued a statement condemning the act of terrorism."),
    ], title="This week at the Foreign Office")


def test_a_bare_statement_issued_says_nothing():
    """Guard: "issued a statement on the bombing" names no content, and "issued a joint statement condemning …"
    is a pair's: neither is a statement."""
    body = (
        "On Monday a bomb exploded at the airport in Tarvik. "
        "Ida Morn and Jan Dorn issued a joint statement condemning the act. "
        "The Foreign Secretary issued a statement on the bombing."
    )
    assert_statements(body, [], title="This week at the Foreign Office")
