"""Helper h874 (sixhundredfiftyeighth, the Maharashtra Chief Minister's Office as Indian papers print it): a paper's
place and colon opening the first paragraph ("Mumbai: …") is no speaker's label where it matches a name of the readout
only as that name's first word ("Mumbai Metro") (transcripts._first_word_only); "offered prayers at" a named god's idol
or shrine, worship and no words (speech_subjects._OFFERED_A_TRIBUTE); "called on" a lower-case description and a name, a
courtesy call (lexicon's "called on" pattern); "took up issues of …", the plural with no article, issues raised (lexicon's
"took" pattern)."""

from .test_patterns import assert_statements


def test_a_place_and_colon_that_opens_a_name_is_no_label():
    assert_statements(
        "Korvath: Chief Minister Dalen Rusk on Tuesday led a delegation to meet the Prime Minister to discuss a dozen "
        "pending issues of the state, officials said here.\n\n"
        "At the meeting, Rusk took up the dues to the state, the Korvath Metro carshed and crop insurance.\n\n"
        "“We had a good discussion with the Prime Minister. I thank him,” Rusk later told mediapersons.\n\n"
        "He added that the delegation came out satisfied with the outcome.",
        [("Dalen Rusk", "direct", "We had a good discussion with the Prime Minister. I thank him,"),
         ("Dalen Rusk", "indirect", "He added that the delegation came out satisfied with the outcome.")],
    )


def test_a_lone_surname_label_still_opens_a_turn():
    """Guard: a transcript's label by the surname alone ("Rusk:") is still the speaker's."""
    assert_statements(
        "Chief Minister Dalen Rusk met Minister Aron Pell.\n\n"
        "Dalen Rusk: Good afternoon. Let us begin with the budget.\n\n"
        "Aron Pell: Thank you. The budget has grown by 14 percent.\n\n"
        "Rusk: That is a good result.",
        [("Dalen Rusk", "direct", "Good afternoon. Let us begin with the budget."),
         ("Aron Pell", "direct", "Thank you. The budget has grown by 14 percent."),
         ("Dalen Rusk", "direct", "That is a good result.")],
    )


def test_prayers_offered_at_a_named_idol_are_worship():
    assert_statements(
        "Security Adviser Orin Vale on Saturday visited the official residence of Chief Minister Dalen Rusk.\n\n"
        "Rusk's office said in a statement that Vale was welcomed with a bouquet after he offered prayers at Lord "
        "Ganesh's idol at the residence.",
        [],
    )


def test_prayers_offered_for_the_victims_are_still_said():
    """Guard: "offered prayers for the victims" is a sympathy said, his statement."""
    assert_statements(
        "Chief Minister Dalen Rusk visited the flooded district on Monday.\n\n"
        "Rusk offered prayers for the victims and their families.",
        [("Dalen Rusk", "indirect", "Rusk offered prayers for the victims and their families.")],
    )


def test_called_on_a_described_name_is_a_courtesy_call():
    assert_statements(
        "Chief Minister Dalen Rusk on Wednesday called on noted industrialist Perrin Holt here.\n\n"
        "Holt Group Chairman Ansel Crane was also present on the occasion.",
        [],
    )


def test_called_on_described_people_to_act_is_still_an_appeal():
    """Guard: "called on all farmers to …" is an appeal, his statement."""
    assert_statements(
        "Chief Minister Dalen Rusk visited the district on Monday.\n\n"
        "Rusk called on local farmers to register for the crop insurance scheme.",
        [("Dalen Rusk", "indirect", "Rusk called on local farmers to register for the crop insurance scheme.")],
    )


def test_took_up_issues_of_is_raising_them():
    assert_statements(
        "Chief Minister Dalen Rusk on Tuesday met Prime Minister Aron Pell in Korvath.\n\n"
        "At the meeting, Rusk took up issues of crop insurance, the dues to the state and the metro carshed.",
        [("Dalen Rusk", "indirect",
          "At the meeting, Rusk took up issues of crop insurance, the dues to the state and the metro carshed.")],
    )


def test_took_up_residence_is_no_statement():
    """Guard: "took up residence" is an act, no words."""
    assert_statements(
        "Chief Minister Dalen Rusk returned to Korvath on Tuesday.\n\n"
        "Rusk took up residence in the official bungalow.",
        [],
    )
