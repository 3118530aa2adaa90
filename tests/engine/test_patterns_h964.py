"""Helper h964 (sevenhundredtwentyninth, the Parliament of Albania's Speakers as Albanian and regional outlets print
them): a country's parliament's presiding officer named only by the office and the country, "The Speaker of the
Parliament of X requested …", one person known by the office as written, as a country's unnamed ambassador is
(people `_COUNTRYS_UNNAMED_OFFICES`, read by `People.unnamed_of_a_country`)."""

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
