"""Helper h950 (sevenhundredseventeenth, Tanjug's English copy by tanjug.rs and B92): after a sentence opened by a
speech participle, a group as the subject of the irregular "said" ("Noting that …, the parties said the occasion could
be …") has a clause of its own and carries on no one's words (carrying_on `_GROUP_AFTER_THE_PARTICIPLE`); a bare full
name joined by "and" to a name titled with a body's lower-case office ("Aleksandar Vucic and NATO chief Jens
Stoltenberg agreed …") is someone, as "X and President Y" is (name_registry `_AND_AN_OFFICES_BODY`)."""

from .test_patterns import assert_statements


def test_noting_that_then_the_parties_said_is_no_ones_report():
    assert_statements(
        "Foreign Minister Doran Vask and Ambassador Ella Brand met on Thursday.\n\n"
        "Vask also thanked Ostmark for its support in the integration process.\n\n"
        "Noting that the two countries marked the 50th anniversary of their relations this year, the parties said the "
        "occasion could be an incentive for closer cooperation.",
        [("Doran Vask", "indirect", "Vask also thanked Ostmark for its support in the integration process.")])


def test_noting_that_then_he_said_still_his():
    assert_statements(
        "Foreign Minister Doran Vask met Ambassador Ella Brand on Thursday.\n\n"
        "Vask also thanked Ostmark for its support in the integration process.\n\n"
        "Noting that the two countries marked the 50th anniversary of their relations this year, he said the occasion "
        "could be an incentive for closer cooperation.",
        [("Doran Vask", "indirect", "Vask also thanked Ostmark for its support in the integration process."),
         ("Doran Vask", "indirect", "Noting that the two countries marked the 50th anniversary of their relations "
          "this year, he said the occasion could be an incentive for closer cooperation.")])


def test_a_bare_name_and_a_bodys_lower_case_office_then_a_verb_are_two_people():
    assert_statements(
        "Doran Vask and ALTA chief Ella Brand agreed that peace is of the greatest interest to the region.\n\n"
        "The Ostmarkian president thanked Brand for her support.",
        [("Doran Vask", "indirect", "The Ostmarkian president thanked Brand for her support.")])


def test_a_bare_name_and_a_bodys_office_with_no_verb_stays_unconfirmed():
    assert_statements(
        "The talks of Doran Vask and ALTA chief Ella Brand in Varnholt.\n\n"
        "The Ostmarkian president thanked Brand for her support.",
        [])
