"""Helper h937 (sevenhundredeighth, the Presidency of Benin as English outlets print it): "according to the agenda of
X" (or X's schedule, programme, itinerary) cites a timetable, not X's words: the sentence after it is no statement of X
(reported_speech `_ACCORDING_TO_A_TEXT`), while "according to the President" stays his; an order of a bare noun of
action with a month between the subject and the verb, "Mr X had in August 2019 ordered closure of …", is his (lexicon
"ordered", speech_subjects `_DATE_BEFORE_VERB`)."""

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


def test_an_order_of_a_bare_noun_of_action_with_a_month_between():
    """"Mr X had in August 2019 ordered closure of …": a month "in" it stepped over back from the verb, as a date with
    its day is (speech_subjects `_DATE_BEFORE_VERB`), and an act ordered as a bare noun of action and its "of"
    (lexicon, "ordered")."""
    assert_statements(
        "President Karo Velden met the visiting Minister Ana Ruel in Tarsa.\n\n"
        "Mr Velden had in August 2019 ordered closure of the land borders to check smuggling of rice.",
        [("Karo Velden", "indirect",
          "Mr Velden had in August 2019 ordered closure of the land borders to check smuggling of rice.")],
    )


def test_ordered_copies_of_a_book_is_no_order():
    """Guard: a thing bought, not an act ordered."""
    assert_statements(
        "President Karo Velden met the visiting Minister Ana Ruel in Tarsa.\n\n"
        "Mr Velden ordered copies of the book for the delegation.",
        [],
    )


def test_a_report_in_a_month_is_no_persons_statement():
    """Guard: the month stepped over leaves a text as the subject, no one's words."""
    assert_statements(
        "President Karo Velden met the visiting Minister Ana Ruel in Tarsa.\n\n"
        "The ministry's report in August 2019 said that the borders would close.",
        [],
    )
