"""Helper h966 (sevenhundredthirtyfirst, Gansu province's leaders as its Foreign Affairs Office, Kazinform and others print
them): a person's name ending in a word that is also a singular group noun, "Governor Lin Duo praised …" (a Chinese given
name "Duo", not "the duo", a pair; phrases `_name_ending_in_a_group_word`)."""

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
