"""Helper h898 (sixhundredseventyeighth, the National Assembly of the Republic of Korea and its Speakers as its own
release, MSEAP, KBS World and Korea JoongAng Daily print them): two groups joined by "and" into one subject of the
clause "that" opens after a speaker's verb ("X added that the floor leaders and vice floor leaders agreed to …") are
inside X's report, not a group's clause of its own (reported_speech.ReportedSpeech._groups_joined_after_that); "the
parliamentary chief" / "the parliament head", no house named, is the readout's presiding officer of a house
(people._ANY_HOUSE_BEFORE_CHIEF in People.resolve_description)."""

from readout_tui.engine import attribute

from .test_patterns import assert_statements

_OPENING = ("Speaker Olen Varga met the party whips on Monday.\n\n"
            "Spokesperson Mira Tosk told reporters that Varga urged the whips to agree. ")


def test_groups_joined_by_and_after_that_stay_in_the_report():
    assert_statements(
        _OPENING + "Tosk added that the floor leaders and vice floor leaders agreed to hold closed-door meetings later "
        "in the day.",
        [("Mira Tosk", "indirect", "Spokesperson Mira Tosk told reporters that Varga urged the whips to agree."),
         ("Mira Tosk", "indirect", "Tosk added that the floor leaders and vice floor leaders agreed to hold closed-door "
          "meetings later in the day.")],
    )


def test_a_group_and_their_deputies_after_that_stay_in_the_report():
    assert_statements(
        _OPENING + "Tosk added that the floor leaders and their deputies agreed to meet again on Friday.",
        [("Mira Tosk", "indirect", "Spokesperson Mira Tosk told reporters that Varga urged the whips to agree."),
         ("Mira Tosk", "indirect", "Tosk added that the floor leaders and their deputies agreed to meet again on "
          "Friday.")],
    )


def test_a_groups_own_clause_after_and_is_still_cut():
    """Guard: a verb between "that" and the "and" ("that the floor leaders met on Monday and the ministers agreed
    …"): the ministers' clause is a group's, cut from Tosk's report as before."""
    assert_statements(
        _OPENING + "Tosk added that the floor leaders met on Monday and the ministers agreed to meet again on Friday.",
        [("Mira Tosk", "indirect", "Spokesperson Mira Tosk told reporters that Varga urged the whips to agree."),
         ("Mira Tosk", "indirect", "Tosk added that the floor leaders met on Monday")],
    )


def test_the_parliamentary_chief_is_the_speaker_not_the_minister_named_last():
    assert_statements(
        "National Assembly Speaker Olen Varga met Finance Minister Ilse Marrow on Thursday. Marrow arrived from "
        "Kessmoor. Ahead of the meeting, the parliamentary chief had made clear his intent to convene a plenary "
        "session on Friday, saying he will hold it no matter the circumstances.",
        [("Olen Varga", "indirect", "Ahead of the meeting, the parliamentary chief had made clear his intent to convene "
          "a plenary session on Friday, saying he will hold it no matter the circumstances.")],
    )


def test_the_parliamentary_chief_is_no_minister():
    """Guard: with no house's presiding officer in the readout, "the parliamentary chief" is not given to the
    minister or the governor named before it."""
    result = attribute(
        "Finance Minister Ilse Marrow met Governor Tolvan Reski on Thursday. The parliamentary chief said he will "
        "convene a plenary session on Friday.")
    assert [s.speaker for s in result.statements] == ["The parliamentary chief"]
