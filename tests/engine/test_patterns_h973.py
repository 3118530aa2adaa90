"""Helper h973 (sevenhundredthirtysixth, FENA, the Federal News Agency of Bosnia and Herzegovina, and the BiH
Presidency's releases as N1 and Sarajevo Times print them): a collective presidency's member named by the press's short
form of the office before the name, "BiH Presidency member X pointed to …" (lexicon `ROLE_WORDS`, "presidency
member")."""

from .test_patterns import assert_statements

OPENING = "Chairman Ivo Halden received the Ambassador of Ostravia, Ema Lind, in Velgrad on Monday."


def test_presidency_member_before_a_name_is_an_office():
    assert_statements(
        "Velgrad Presidency member Dorin Valek talked in Port Arlen with the Secretary General of the Union, "
        "Ana Moro.\n\nVelgrad Presidency member Dorin Valek pointed to the security problems the country faces after "
        "the regional authorities took steps to undermine the peace agreement.",
        [("Dorin Valek", "indirect", "Velgrad Presidency member Dorin Valek pointed to the security problems the "
          "country faces after the regional authorities took steps to undermine the peace agreement.")])


def test_presidency_member_capitalised_is_no_part_of_the_name():
    assert_statements(
        "Velgrad Presidency Member Dorin Valek stressed that the country needs stable institutions.",
        [("Dorin Valek", "indirect",
          "Velgrad Presidency Member Dorin Valek stressed that the country needs stable institutions.")])


def test_presidency_members_in_the_plural_stay_a_group():
    # guard: "The Presidency members X and Y stressed …" is a pair, no one's statement
    assert_statements(
        OPENING + "\n\nThe Presidency members Dorin Valek and Ana Moro stressed that the country needs stable "
        "institutions.",
        [])

