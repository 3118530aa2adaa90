"""Helper h886 (sixhundredsixtyseventh, the Government of Vanuatu as its Prime Minister's Office and the Vanuatu press
print it): a speech verb printed with a capital after a quotation closed with no comma, its speaker after it ("“…”
Said Hon. Prime Minister.", sentence_reading: `_capitalised_verb_before_speaker` in `_cue_after`), is the verb, not a
name "Said"; a sentence that opens "And" and a speech verb with no subject ("And assured Deputy Prime Minister X that
…") carries the last speaker's report on, whoever it names as the hearer (carrying_on: `_subject_left_out` in
`_carry_report`)."""

from .test_patterns import assert_statements

_LEAD = "Hon. Prime Minister Ana Kolo met with Deputy Prime Minister Ben Tavu of Norland today at the Prime Minister's Office.\n\n"
_QUOTE = "We have valued Norland's assistance in times of need. We express through you our gratitude"


def test_a_capitalised_said_after_a_quotation_with_no_comma_is_the_verb():
    assert_statements(
        _LEAD + f'"{_QUOTE}" Said Hon. Prime Minister.',
        [("Ana Kolo", "direct", _QUOTE)],
    )


def test_a_capitalised_name_said_after_a_quotation_with_its_own_verb_is_a_name():
    """Guard: "Said Jalili told …" after a quotation names a person (Said) with a verb of his own."""
    assert_statements(
        "Minister Said Jalili met Ambassador Ana Kolo in Teheran.\n\n"
        f'"{_QUOTE}" Said Jalili told reporters.',
        [("Said Jalili", "direct", _QUOTE)],
    )


def test_and_then_a_speech_verb_with_no_subject_goes_on_with_the_last_speaker():
    assert_statements(
        _LEAD + "The Hon. Prime Minister also acknowledged Norland's assistance in the social sectors. And assured Deputy "
        "Prime Minister Ben that Kolo will continue to value Norland's partnership.",
        [("Ana Kolo", "indirect", "The Hon. Prime Minister also acknowledged Norland's assistance in the social sectors."),
         ("Ana Kolo", "indirect",
          "And assured Deputy Prime Minister Ben that Kolo will continue to value Norland's partnership.")],
    )


def test_and_then_a_subject_of_its_own_is_that_subjects():
    """Guard: "And Tavu assured …" has its own subject: his, not the last speaker's."""
    assert_statements(
        _LEAD + "The Hon. Prime Minister also acknowledged Norland's assistance in the social sectors. And Deputy Prime "
        "Minister Tavu assured him that Norland will continue its support.",
        [("Ana Kolo", "indirect", "The Hon. Prime Minister also acknowledged Norland's assistance in the social sectors."),
         ("Ben Tavu", "indirect", "And Deputy Prime Minister Tavu assured him that Norland will continue its support.")],
    )


_ANNIVERSARY = "Norland and Sorland mark 35 years of diplomatic relations.\n\n"


def test_a_pair_whose_second_holds_two_offices_with_initials_is_no_ones():
    """"X, and the Deputy Prime Minister (DPM) and Minister of Internal Affairs, Y, sent …": two people, no statement
    (speech_subjects: `_first_of_two_offices` in `_joined_by_and`)."""
    assert_statements(
        _ANNIVERSARY + "The Norland Government, through the Minister of Foreign Affairs, Marc Ati, and the Deputy Prime "
        "Minister (DPM) and Minister of Internal Affairs, Ishmael Kalsakau, sent congratulatory messages to all the "
        "people of the two countries.",
        [],
    )


def test_a_pair_whose_second_holds_two_offices_is_no_ones():
    assert_statements(
        _ANNIVERSARY + "The Minister of Foreign Affairs, Marc Ati, and the Deputy Prime Minister and Minister of "
        "Internal Affairs, Ishmael Kalsakau, expressed gratitude to all the people of the two countries.",
        [],
    )


def test_one_person_with_two_offices_still_speaks():
    """Guard: one holder of two offices, no one before "and", is the speaker."""
    assert_statements(
        _ANNIVERSARY + "The Deputy Prime Minister and Minister of Internal Affairs, Ishmael Kalsakau, expressed gratitude "
        "to all the people of the two countries.",
        [("Ishmael Kalsakau", "indirect", "The Deputy Prime Minister and Minister of Internal Affairs, Ishmael Kalsakau, "
          "expressed gratitude to all the people of the two countries.")],
    )


def test_the_hearer_with_two_offices_leaves_the_speaker_alone():
    """Guard: the two offices after "thanked" are the hearer's; the speaker is the one before the verb."""
    assert_statements(
        _ANNIVERSARY + "The Minister of Foreign Affairs, Marc Ati, thanked the Deputy Prime Minister and Minister of "
        "Internal Affairs, Ishmael Kalsakau, for his help.",
        [("Marc Ati", "indirect", "The Minister of Foreign Affairs, Marc Ati, thanked the Deputy Prime Minister and "
          "Minister of Internal Affairs, Ishmael Kalsakau, for his help.")],
    )
