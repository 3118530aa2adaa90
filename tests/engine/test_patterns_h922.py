"""Helper h922 (sixhundredninetyeighth, the Gujarat Chief Minister's Office as its own page and Indian papers and
agencies print it): a release or statement inverted after the verb that closes the sentence ("X paid a courtesy visit
to Y on Sunday, stated an official release.", "…, said an official release from the Chief Minister's Office.") tells
the sentence, no one says it (speech_subjects `_A_WRITING_INVERTED`, read in `_cue_at`'s inverted verb); a lone
surname that drops one letter inside the surname of one named before ("Dr Fukahori Yasukata", then "Yasukta
expressed …") is that person (people `_one_letter_dropped_inside`, in `_surname_with_letters_swapped`)."""

from .test_patterns import assert_statements


def test_a_visit_closed_by_stated_an_official_release_is_no_ones():
    assert_statements(
        "Governor Tomas Verlin paid a courtesy visit to former Governor Ana Morel in Brassa on Sunday, stated an "
        "official release.\n\n"
        "Verlin said that the province would keep its promises to the farmers.",
        [("Tomas Verlin", "indirect", "Verlin said that the province would keep its promises to the farmers.")],
    )


def test_a_plan_closed_by_said_an_official_release_from_an_office_is_no_ones():
    assert_statements(
        "During a day-long visit to Calder on Monday, Governor Tomas Verlin will meet President Ana Morel and "
        "Speaker Ivo Brand, said an official release from the Governor's Office.",
        [],
    )


def test_a_speech_verb_before_the_release_stays_the_speakers():
    """Guard: the subject's own speech verb before the release's "stated" is still a statement of the subject's."""
    assert_statements(
        "Consul General Ilse Marten met Governor Tomas Verlin in Brassa on Thursday.\n\n"
        "During the meeting, Marten expressed interest to be a partner for the trade fair, stated an official release "
        "from the provincial government.",
        [("Ilse Marten", "indirect", "During the meeting, Marten expressed interest to be a partner for the trade "
          "fair, stated an official release from the provincial government.")],
    )


def test_a_person_inverted_after_the_verb_still_speaks():
    """Guard: "…, said X." with a person after the verb is unchanged: X's words."""
    assert_statements(
        "The province will double its exports of grain next year, said Governor Tomas Verlin.",
        [("Tomas Verlin", "indirect", "The province will double its exports of grain next year, said Governor Tomas "
          "Verlin.")],
    )


def test_a_lone_surname_with_a_letter_dropped_inside_is_the_one_named_before():
    assert_statements(
        "Consul General of Norland in Brassa, Dr Ilse Martensen, met Governor Tomas Verlin on Thursday.\n\n"
        "During the meeting, Martnsen expressed interest to be a partner for the trade fair.",
        [("Ilse Martensen", "indirect", "During the meeting, Martnsen expressed interest to be a partner for the trade "
          "fair.")],
    )


def test_a_surname_with_a_letter_added_at_its_end_is_not_the_one_named_before():
    """Guard: a letter more at the end, as a feminine ("Ivanov", "Ivanova"), is no slip: not the man named before
    (the words of a woman the readout never names in full are no one's)."""
    assert_statements(
        "Governor Pavel Ivanov met the delegation in Brassa on Thursday.\n\n"
        "Ivanova said that the clinic would open in May.",
        [],
    )
