"""Readings of real Japanese MOFA text of stop 31: a list of countries inside a that-clause, its last
one after ", and" with a verb of its own.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Kastravia-Velmora Summit Telephone Talk"


def test_the_last_of_a_list_after_a_fronted_phrase_stays_in_the_statement():
    """"At the outset, Prime Minister Albanese explained that, regarding AUKUS, the leaders of Australia, the
    U.K., and the U.S. had announced plans for Australia’s acquisition of nuclear-powered submarines."
    (two-hundred-sixty-sixth mofa_page1e_000580): "the U.S." closes the list of what the leaders led, the
    subject of what he explained; no clause of its own."""
    body = (
        "On May 3, Prime Minister Oren Vask held a telephone talk with Prime Minister Ilse Marrow. "
        "At the outset, Prime Minister Marrow explained that, regarding NORDPACT, the leaders of Velmora, "
        "the Republic of Tarsk, and the U.S. had announced plans for Velmora’s acquisition of new frigates."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect",
         "At the outset, Prime Minister Marrow explained that, regarding NORDPACT, the leaders of Velmora, "
         "the Republic of Tarsk, and the U.S. had announced plans for Velmora’s acquisition of new frigates."),
    ], title=TITLE)


def test_a_new_clause_after_a_single_name_is_still_cut():
    """Guard: one name before ", and" (no list: no comma before it), so the clause after "and" is its
    subject's own ("… that the talks in Velden went well, and the Tarsk ministry announced …")."""
    body = (
        "On May 3, Prime Minister Oren Vask held a telephone talk with Prime Minister Ilse Marrow. "
        "Prime Minister Marrow explained that the talks went well for Velmora, and the ministry announced "
        "a new package the same day."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "Prime Minister Marrow explained that the talks went well for Velmora"),
    ], title=TITLE)


def test_the_pairs_act_joined_after_a_statement_is_cut_off():
    """"Prime Minister Abe stated that he would like to further promote coordination and cooperation towards
    the achievement of a free and open Indo-Pacific, and both leaders held discussions on regional issues
    with a focus on Asia." (two-hundred-sixty-sixth mofa_page4e_000820): what the two leaders did after
    ", and both leaders" is the pair's act (GOLD-FORMAT: a group's), not more of Abe's words."""
    body = (
        "On May 3, Prime Minister Oren Vask held a telephone talk with Prime Minister Ilse Marrow. "
        "Prime Minister Vask stated that he would like to further promote cooperation in the northern seas, "
        "and both leaders held discussions on regional issues with a focus on the Arctic."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Prime Minister Vask stated that he would like to further promote cooperation in the northern seas"),
    ], title=TITLE)


def test_what_both_leaders_would_do_stays_in_the_statement():
    """Guard: a modal after "both leaders" ("…, and both leaders would meet in Velden soon") is inside
    what the speaker said, not an act of the pair told by the readout."""
    body = (
        "On May 3, Prime Minister Oren Vask held a telephone talk with Prime Minister Ilse Marrow. "
        "Prime Minister Vask stated that the talks had gone well, and both leaders would meet in Velden soon."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Prime Minister Vask stated that the talks had gone well, and both leaders would meet in Velden soon."),
    ], title=TITLE)
