"""Helper h966 (sevenhundredthirtyfirst, Gansu province's leaders as its Foreign Affairs Office, Kazinform and others print
them): a person's name ending in a word that is also a singular group noun, "Governor Lin Duo praised …" (a Chinese given
name "Duo", not "the duo", a pair; phrases `_name_ending_in_a_group_word`); a wire's dateline with the place closed by
a full stop and the agency's name in capitals before a spaced dash, "ASTANA. KAZINFORM - Secretary General of the …
(SCO) X met …": no person "KAZINFORM" holding the office, and no part of the first sentence (segments `_PLACE_DATELINE`,
name_runs `_AGENCY_BEFORE_A_DASH`, name_offices `office_before_a_bodys_initials` past the dateline)."""

from .test_patterns import assert_statements

OPENING = "Secretary General of the Varn Union Pel Oskar met with Governor of Kessa Province Tao Duo in Merin on Monday."


def test_a_name_ending_in_duo_is_a_person_not_a_pair():
    assert_statements(
        OPENING + "\n\nGovernor Tao Duo praised the results the Union has achieved over ten years.",
        [("Tao Duo", "indirect", "Governor Tao Duo praised the results the Union has achieved over ten years.")])


def test_the_duo_is_still_a_pair():
    # guard: "the duo", "the Nordic Duo" stay a group, no one's statement
    assert_statements(
        OPENING + "\n\nThe duo praised the results the Union has achieved over ten years.\n\n"
        "The Nordic Duo praised the festival in Merin.",
        [])


DATELINE = ("VESSA. NORDPRESS - Secretary General of the Varn Cooperation Union (VCU) Pel Oskar met with Governor of Kessa "
            "Province Tao Lin in Merin on July 7, Nordpress has learnt from the VCU's press service.")


def test_an_agency_in_capitals_before_a_dash_is_no_one_holding_the_office():
    assert_statements(
        DATELINE + "\n\nGovernor Tao Lin praised the results the Union has achieved over ten years.\n\n"
        "The VCU Secretary General, in turn, briefed Tao Lin on the outcomes of the Union's summit in Tarsk.",
        [("Tao Lin", "indirect", "Governor Tao Lin praised the results the Union has achieved over ten years."),
         ("Pel Oskar", "indirect",
          "The VCU Secretary General, in turn, briefed Tao Lin on the outcomes of the Union's summit in Tarsk.")])


def test_the_dateline_is_no_part_of_the_first_sentence():
    assert_statements(
        "MERIN. NORDPRESS - Kessa Province is interested in closer trade with Varn, Party Secretary of Kessa Province "
        "Tao Lin told reporters on 28 July.",
        [("Tao Lin", "indirect", "Kessa Province is interested in closer trade with Varn, Party Secretary of Kessa "
          "Province Tao Lin told reporters on 28 July.")])


def test_a_name_in_capitals_before_a_dash_and_a_clause_is_still_read():
    # guard: a dash after an organisation's initials with an office and name after it still gives that person
    assert_statements(
        "NATO - Secretary General Pel Oskar said that the alliance would meet in Merin.",
        [("Pel Oskar", "indirect", "NATO - Secretary General Pel Oskar said that the alliance would meet in Merin.")])
