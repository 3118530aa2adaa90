"""Helper h964 (sevenhundredtwentyninth, the Parliament of Albania's Speakers as Albanian and regional outlets print
them): a country's parliament's presiding officer named only by the office and the country, "The Speaker of the
Parliament of X requested …", one person known by the office as written, as a country's unnamed ambassador is
(people `_COUNTRYS_UNNAMED_OFFICES`, read by `People.unnamed_of_a_country`); a letter and a relative "in which"
whose named subject speaks, "The help was asked through a letter sent to …, in which X also thanked …", X's statement
(speech_subjects `_LETTER_BEFORE_IN_WHICH`), and "Member states" the noun with a comma after it (sentence_patterns
`plural_noun_after_preposition`)."""

from .test_patterns import assert_statements

OPENING = "Ana Lidra received her counterpart from Norland in Port Arlen on Monday."


def test_an_unnamed_speaker_of_a_countrys_parliament_is_one_person():
    assert_statements(
        OPENING + "\n\nAt the joint press conference, Lidra reiterated her support for the regional fund.\n\n"
        "The Speaker of the Parliament of Norland requested collaboration on the attitude the two governments should "
        "adopt toward Velmar.",
        [("Ana Lidra", "indirect", "At the joint press conference, Lidra reiterated her support for the regional fund."),
         ("The Speaker of the Parliament of Norland", "indirect", "The Speaker of the Parliament of Norland requested "
          "collaboration on the attitude the two governments should adopt toward Velmar.")])


def test_a_named_speaker_of_that_parliament_stays_the_named_person():
    # guard: the office of one named in the readout is still that person's
    assert_statements(
        "Ivo Dran, the Speaker of the Parliament of Norland, received Minister Ana Lidra in Port Arlen.\n\n"
        "The Speaker of the Parliament of Norland said that the two parliaments would open a joint office.",
        [("Ivo Dran", "indirect",
          "The Speaker of the Parliament of Norland said that the two parliaments would open a joint office.")])


LETTER_OPENING = "Speaker Ivo Dran asked for the support of the member states on Monday."


def test_a_letter_in_which_a_named_person_thanks_is_that_persons_statement():
    assert_statements(
        LETTER_OPENING + "\n\nThe help was asked through a letter sent on Tuesday to all Speakers of the Parliaments of "
        "the Union, in which Dran also thanked the Union for the support given to Norland.",
        [("Ivo Dran", "indirect", "Speaker Ivo Dran asked for the support of the member states on Monday."),
         ("Ivo Dran", "indirect", "The help was asked through a letter sent on Tuesday to all Speakers of the "
          "Parliaments of the Union, in which Dran also thanked the Union for the support given to Norland.")])


def test_member_states_with_a_comma_after_is_a_noun_not_a_verb():
    assert_statements(
        LETTER_OPENING + "\n\nThe help was asked through a letter sent on Tuesday to all Speakers of the Parliaments of "
        "EU Member states, in which Dran also thanked the Union for the support given to Norland.",
        [("Ivo Dran", "indirect", "Speaker Ivo Dran asked for the support of the member states on Monday."),
         ("Ivo Dran", "indirect", "The help was asked through a letter sent on Tuesday to all Speakers of the "
          "Parliaments of EU Member states, in which Dran also thanked the Union for the support given to Norland.")])


def test_a_call_in_which_a_named_person_congratulates_stays_narrative():
    # guard: "held a call with Y, in which Y congratulated …" is the call's narrative (eighteenth's gold)
    assert_statements(
        "Speaker Ivo Dran held a call with Minister Ana Lidra of Norland, in which Minister Lidra congratulated him on "
        "his election.",
        [])
