"""Statements found by helper h718's mends of the labelled sets' known errors:

- the head of a body's delegation (or mission), the body's initials in brackets maybe after it, "in" the place it
  works in, then the holder's name with no comma ("the head of the delegation of the International Committee of the
  Red Cross (ICRC) in Tolsk Olo Deman"): the office is his, so "The head of the ICRC delegation …" after means him
  (name_offices.office_posted_in_before, `_name_after_a_bodys_office`);
- the same office with no article after "with", then a comma and the name ("met with head of the delegation of the
  … (ICRC) in Varnia, Olo Deman"): his (name_offices._met_with_an_office_of_a_body); and "the ICRC official" after it is
  the one named beside the body's initials, as "the ICRC head" is (name_registry._AN_ACRONYMS_HEADS).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET = ("TOLSK, May 4 (Varna) - Foreign Minister Ivo Darn met on Monday with the head of the delegation of the "
        "International Committee of the Red Cross (ICRC) in {place} Olo Deman.")
_STRESSED = "The Foreign Minister stressed the importance of releasing the detained students."
_PROMISED = "The head of the ICRC delegation promised that the ICRC would do its best in the humanitarian field."


def test_a_delegations_head_before_the_city_it_works_in_is_the_names():
    """"… Red Cross (ICRC) in Tolsk Olo Deman": the city is no part of his name and the office is his."""
    assert_statements(
        _MET.format(place="Tolsk") + "\n\n" + _STRESSED + "\n\n" + _PROMISED,
        [("Ivo Darn", "indirect", _STRESSED), ("Olo Deman", "indirect", _PROMISED)],
    )


def test_a_delegations_head_before_the_country_it_works_in_is_the_names():
    """"… (ICRC) in Varnia Olo Deman": a country's name cut off the run, the office still his."""
    assert_statements(
        _MET.format(place="Varnia") + "\n\n" + _STRESSED + "\n\n" + _PROMISED,
        [("Ivo Darn", "indirect", _STRESSED), ("Olo Deman", "indirect", _PROMISED)],
    )


_MET_AMBASSADOR = "Tolsk — Foreign Minister Ivo Darn received Friday Ambassador of the Republic of Varnia in Tolsk Olo Deman."
_CONFIRMED = "The Varnian ambassador confirmed the participation of President Ruslan Ketto in the Summit."


def test_an_envoys_office_in_a_city_is_still_read_as_before():
    """Guard: an envoy's office the phrase reader joins to the name itself stays his."""
    assert_statements(
        _MET_AMBASSADOR + "\n\n" + _CONFIRMED + "\n\n" + _STRESSED,
        [("Olo Deman", "indirect", _CONFIRMED), ("Ivo Darn", "indirect", _STRESSED)],
    )


_MET_WITH = ("TOLSK, Nov 15 (Varna) - Minister of Foreign Affairs Ivo Darn met with {article}head of the delegation of the "
             "International Committee of the Red Cross (ICRC) in Varnia, Olo Deman.")
_HEAD_STRESSED = "Meanwhile, the head of the ICRC delegation stressed the importance of his organization's role."
_OFFICIAL_STRESSED = "Meanwhile, the ICRC official stressed the importance of his organization's role."


def test_a_delegations_head_met_with_no_article_is_the_names():
    """"met with head of the delegation of the … (ICRC) in Varnia, Olo Deman": the office is his."""
    assert_statements(
        _MET_WITH.format(article="") + "\n\n" + _HEAD_STRESSED,
        [("Olo Deman", "indirect", _HEAD_STRESSED)],
    )


def test_the_bodys_official_is_the_one_named_beside_its_initials():
    """"the ICRC official stressed …" after "the head of the delegation of the … (ICRC) in Varnia, Olo Deman"."""
    assert_statements(
        _MET_WITH.format(article="the ") + "\n\n" + _OFFICIAL_STRESSED,
        [("Olo Deman", "indirect", _OFFICIAL_STRESSED)],
    )


def test_the_bodys_official_after_an_articleless_head_is_the_names():
    """Both at once, as a wire writes them."""
    assert_statements(
        _MET_WITH.format(article="") + "\n\n" + _OFFICIAL_STRESSED,
        [("Olo Deman", "indirect", _OFFICIAL_STRESSED)],
    )
