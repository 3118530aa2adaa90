"""Helper h973 (sevenhundredthirtysixth, FENA, the Federal News Agency of Bosnia and Herzegovina, and the BiH
Presidency's releases as N1 and Sarajevo Times print them): a collective presidency's member named by the press's short
form of the office before the name, "BiH Presidency member X pointed to …" (lexicon `ROLE_WORDS`, "presidency
member"); one person speaking to a named listener "of" a topic, "Ambassador X spoke to Chairman Y of the preparations
…" (lexicon, the "spoke" complement)."""

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


def test_spoke_to_a_named_listener_of_a_topic_is_the_speakers_report():
    assert_statements(
        OPENING + "\n\nAlso, Ambassador Lind spoke to Chairman Halden of the preparations to mark the centenary of the "
        "treaty and the projects that will be realized in Velgrad.",
        [("Ema Lind", "indirect", "Also, Ambassador Lind spoke to Chairman Halden of the preparations to mark the "
          "centenary of the treaty and the projects that will be realized in Velgrad.")])


def test_spoke_to_a_leader_of_a_country_is_still_a_call():
    # guard: "spoke to President X of Y" names the listener's country, no topic: narrative
    assert_statements(
        OPENING + "\n\nPresident Dorin Valek spoke to President Ema Lind of Ostravia on Tuesday.",
        [])
