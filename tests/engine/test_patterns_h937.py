"""Helper h937 (sevenhundredeighth, the Presidency of Benin as English outlets print it): "according to the agenda of
X" (or X's schedule, programme, itinerary) cites a timetable, not X's words: the sentence after it is no statement of X
(reported_speech `_ACCORDING_TO_A_TEXT`), while "according to the President" stays his."""

from .test_patterns import assert_statements


def test_according_to_the_agenda_of_the_president_is_no_statement():
    assert_statements(
        "Varnesian President Olek Tamrin was welcomed on Tuesday by his Corvian counterpart Lise Anbrecht.\n\n"
        "According to the agenda of the president uploaded on the palace website, both leaders met for a working lunch.",
        [],
    )


def test_according_to_the_president_is_still_his_statement():
    """Guard: the person himself as the source stays his indirect statement."""
    assert_statements(
        "Varnesian President Olek Tamrin was welcomed on Tuesday by his Corvian counterpart Lise Anbrecht.\n\n"
        "According to the president, the talks covered the new bridge across the river.",
        [("Olek Tamrin", "indirect", "According to the president, the talks covered the new bridge across the river.")],
    )
