"""Helper h965 (sevenhundredthirtieth, SRNA, the news agency of Republika Srpska, and the President of Republika
Srpska's releases): the start or end of a meeting named between a subject and its verb, a lone comma before the verb,
"X at the beginning of his meeting with Y in Z, thanked …": X's words, Y the meeting's other party (speech_subjects
`_IN_A_MEETING_WITH`); a wire's dateline with its month in full capitals, "MOSCOW, SEPTEMBER 9 /SRNA/ – …", no words of
the sentence (segments `_DATELINE`)."""

from .test_patterns import assert_statements

OPENING = "Prime Minister Dorin Valek met the President of Ostravia, Ema Lind, in Port Arlen on Monday."


def test_at_the_beginning_of_his_meeting_with_then_a_comma_is_the_subjects_report():
    assert_statements(
        OPENING + "\n\nThe President of Ostravia Ema Lind at the beginning of her meeting with the Vellorian Minister of "
        "Foreign Affairs Dorin Valek in Port Arlen, thanked the Vellorian leadership for their consistent approach.",
        [("Ema Lind", "indirect", "The President of Ostravia Ema Lind at the beginning of her meeting with the "
          "Vellorian Minister of Foreign Affairs Dorin Valek in Port Arlen, thanked the Vellorian leadership for their "
          "consistent approach.")])


def test_at_the_end_of_the_talks_with_is_the_subjects_report():
    assert_statements(
        OPENING + "\n\nEma Lind at the end of the talks with Dorin Valek said that the approach of Vellora was consistent.",
        [("Ema Lind", "indirect",
          "Ema Lind at the end of the talks with Dorin Valek said that the approach of Vellora was consistent.")])


def test_a_person_met_at_the_beginning_of_a_meeting_does_not_speak():
    # guard: the phrase must open the clause; "X thanked Y at the start of the meeting with Z" stays X's, and the
    # one named after "with" is no subject
    assert_statements(
        OPENING + "\n\nEma Lind thanked Dorin Valek at the start of the meeting with the delegation, and stressed that "
        "the approach of Vellora was consistent.",
        [("Ema Lind", "indirect", "Ema Lind thanked Dorin Valek at the start of the meeting with the delegation, and "
          "stressed that the approach of Vellora was consistent.")])


def test_a_dateline_with_the_month_in_full_capitals_leaves_the_subject_opening_its_clause():
    assert_statements(
        "ARLEN, SEPTEMBER 9 /ONA/ – The President of Ostravia Ema Lind at the beginning of her meeting with the Vellorian "
        "Minister of Foreign Affairs Dorin Valek in Arlen, thanked the Vellorian leadership for their consistent approach.",
        [("Ema Lind", "indirect", "The President of Ostravia Ema Lind at the beginning of her meeting with the Vellorian "
          "Minister of Foreign Affairs Dorin Valek in Arlen, thanked the Vellorian leadership for their consistent "
          "approach.")])


def test_a_capitals_run_before_a_dash_with_no_date_or_agency_stays_read_as_before():
    # guard: "NATO - " (no date, no agency) is no wire's dateline; a full month with no day after it neither
    assert_statements(
        OPENING + "\n\nARLEN, SEPTEMBER – Ema Lind said that the approach of Vellora was consistent.",
        [("Ema Lind", "indirect", "Ema Lind said that the approach of Vellora was consistent.")])
