"""Rules from the hundred-ninth held-out set (president.gov.ua, March and April 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_said_this_after_a_name_and_an_office_with_no_closing_comma():
    """"Europe began to help … Mykhailo Podolyak, Adviser to the Head of the Office … said this in an interview
    …" (74269): the office set after the name, its closing comma missing, is still the subject of "said this";
    the sentence only says where, and the lead before it is his. Before, the where-sentence was his statement
    and the lead no one's."""
    body = ("Europe began to help Kelland more decisively after the crimes in the east. "
            "Oren Malvik, Adviser to the Head of the Office of the President of Kelland said this in an interview "
            "for the host of a TV channel. "
            '"We will win," said Oren Malvik.')
    assert_statements(body, [
        ("Oren Malvik", "indirect", "Europe began to help Kelland more decisively after the crimes in the east."),
        ("Oren Malvik", "direct", "We will win"),
    ])


def test_says_x_after_an_unquoted_report_is_an_inverted_cue():
    """"A group of experts has already managed to identify supplies …, says Oleg Ustenko." (74337): the present
    "says X" closing an unquoted report inverts as "said X" does. Before, the sentence was no one's."""
    body = ("Adviser Oren Malvik met the press in Tarn. "
            "A group of experts has already identified supplies of oil, which they believe contain portions of "
            "crude, says Oren Malvik.")
    assert_statements(body, [
        ("Oren Malvik", "indirect",
         "A group of experts has already identified supplies of oil, which they believe contain portions of "
         "crude, says Oren Malvik."),
    ])


def test_a_report_that_says_so_stays_no_ones():
    """Guard (passes on both): ", says the report." names a text, not a person."""
    body = "The ministers met in Tarn. Exports fell by a tenth, says the report."
    assert_statements(body, [])


def test_a_two_sentence_lead_before_this_was_stated_by():
    """"An expert group will be set up … After all, it is important for Ukraine that … This was stated by
    President Volodymyr Zelenskyy in his address." (73917): the second sentence of the lead is tied to the
    first by "After all,"; both are his. Before, only the sentence right before "This was stated by" was."""
    body = ("A council of experts will be set up at the Palace within a week. "
            "After all, it is important for Kelland that the new tariffs work. "
            "This was stated by President Arvo Lind in his address. "
            '"We will see results," he said.')
    assert_statements(body, [
        ("Arvo Lind", "indirect", "A council of experts will be set up at the Palace within a week."),
        ("Arvo Lind", "indirect", "After all, it is important for Kelland that the new tariffs work."),
        ("Arvo Lind", "direct", "We will see results"),
    ])


def test_a_lead_with_no_connective_goes_back_one_sentence_only():
    """Guard (passes on both): with no connective, only the sentence right before "This was stated by" is
    the speaker's; the opening sentence stays narrative."""
    body = ("The Palace hosted a conference on tariffs on Monday. "
            "The tariffs will start in May. "
            "This was stated by President Arvo Lind in his address.")
    assert_statements(body, [
        ("Arvo Lind", "indirect", "The tariffs will start in May."),
    ])


def test_calling_a_long_named_thing_an_example_is_a_statement():
    """"He called the visit of the Prime Minister of the United Kingdom to Kyiv an example, which demonstrates
    …" (74269): the thing named may run to a dozen words before "an"; he states a view. Before, the reading
    stopped at eight words and the sentence was no one's."""
    body = ("Adviser Oren Malvik spoke on a TV channel. "
            "He called the visit of the Prime Minister of the Kingdom of Norland to Kelland an example, "
            "which shows the solidarity of the two nations.")
    assert_statements(body, [
        ("Oren Malvik", "indirect",
         "He called the visit of the Prime Minister of the Kingdom of Norland to Kelland an example, "
         "which shows the solidarity of the two nations."),
    ])


def test_calling_a_long_named_leader_on_a_day_is_a_telephone_call():
    """Guard (passes on both): "called the Prime Minister of … on Tuesday a second time" is a call."""
    body = "President Arvo Lind called the Prime Minister of the Kingdom of Norland on Tuesday a second time."
    assert_statements(body, [])
