"""Helper h943 (sevenhundredfourteenth, the Governor of New Jersey): ANI's dateline with the country in square brackets
after a capital that has no state ("New Delhi [India], Sept 16 (ANI): Prime Minister X on Monday received … and assured
him …") is no one's words (segments `_AGENCY_PLACE_DATELINE`)."""

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
