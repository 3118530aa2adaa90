"""Helper h943 (sevenhundredfourteenth, the Governor of New Jersey): ANI's dateline with the country in square brackets
after a capital that has no state ("New Delhi [India], Sept 16 (ANI): Prime Minister X on Monday received … and assured
him …") is no one's words (segments `_AGENCY_PLACE_DATELINE`); a body named with "Enterprise" as its last word
("…, according to the American-Israeli Cooperative Enterprise.") is no person (lexicon `NON_PERSON_WORDS`)."""

from .test_patterns import assert_statements


def test_a_capitals_dateline_with_the_country_in_square_brackets():
    assert_statements(
        "Varnholt [Ostmark], Sept 16 (ANI): Prime Minister Doran Vask on Monday received Governor Ella Brand and "
        "assured her of his government's support for the new trade office.\n\n"
        "Governor Brand has visited Ostmark for the first time.",
        [("Doran Vask", "indirect", "Prime Minister Doran Vask on Monday received Governor Ella Brand and assured her of "
          "his government's support for the new trade office.")])


def test_a_state_in_brackets_before_the_country_still_read():
    assert_statements(
        "Varnholt (Lower Brenn) [Ostmark], Sept 24 (ANI): Coast Guard Director General Pell Orrin on Monday met Governor "
        "Ella Brand and apprised her of the new patrols.",
        [("Pell Orrin", "indirect", "Coast Guard Director General Pell Orrin on Monday met Governor Ella Brand and "
          "apprised her of the new patrols.")])


def test_a_body_ending_in_enterprise_is_no_one_after_according_to():
    assert_statements(
        "Governor Ella Brand met Prime Minister Doran Vask on Tuesday.\n\n"
        "About 6 percent of the state's population is Ostmarkish, according to the Ostmark-American Cooperative "
        "Enterprise. And Ostmark has been a top trading partner.\n\n"
        "Governor Brand said the visit was a success.",
        [("Ella Brand", "indirect", "Governor Brand said the visit was a success.")])


def test_the_enterprise_minister_is_still_a_minister():
    assert_statements(
        "Governor Ella Brand met Enterprise Minister Doran Vask.\n\n"
        "The Enterprise Minister welcomed the Governor.",
        [("Doran Vask", "indirect", "The Enterprise Minister welcomed the Governor.")])
