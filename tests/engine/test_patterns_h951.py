"""Helper h951 (sevenhundredeighteenth, the Presidency of Honduras): a wire's dateline, a capital, the month and day and
a colon, "Washington, April 27: President X has called … and voiced …" (segments `_CAPITAL_COLON_DATELINE`); a pronoun
after a sentence that opens with a person's name who acts there and says nothing, "Y has been seeking dialogue …. He has
also said …" (name_registry `_named_actor_just_before`); a fronted phrase of circumstance then the meeting as subject,
"With more than …, the meeting had significance for X …", the readout's account, no report carried on (carrying_on
`_FRONTED_PHRASE_THEN_EVENT`)."""

from .test_patterns import assert_statements

OPENING = "President Ida Morn received President Olaf Brenn of Varnia."


def test_a_capital_the_month_and_day_and_a_colon_is_a_dateline():
    assert_statements(
        "London, April 27: President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the "
        "floods.",
        [("Ida Morn", "indirect",
          "President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the floods.")])


def test_a_capital_and_a_colon_alone_is_still_a_dateline():
    assert_statements(
        "Abu Dhabi: President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the floods.",
        [("Ida Morn", "indirect",
          "President Ida Morn has called her counterpart Olaf Brenn and voiced her concern about the floods.")])


def test_a_pronoun_after_a_named_person_who_acts_without_speaking_is_that_person():
    assert_statements(
        "President Ida Morn will host President Olaf Brenn at the palace on October 5.\n\n"
        "“We look forward to the talks,” Ida Morn said.\n\n"
        "Brenn has been seeking dialogue with different social groups. He has also said he will only serve one term.",
        [("Ida Morn", "direct", "We look forward to the talks,"),
         ("Olaf Brenn", "indirect", "He has also said he will only serve one term.")])


def test_a_pronoun_after_a_titles_stop_is_not_the_name_after_it():
    """"Mr. " ends no sentence: "… whose rector, Mr. Pelle Orm, had opened the session. He told them …" is Brenn's."""
    assert_statements(
        OPENING + "\n\n"
        "Mr. Olaf Brenn later addressed the students of the Academy, whose rector, Mr. Pelle Orm, had opened the "
        "session. He told them that the treaty was the best page of their history.",
        [("Olaf Brenn", "indirect", "He told them that the treaty was the best page of their history.")])


def test_the_meeting_after_a_fronted_phrase_is_no_report_carried_on():
    assert_statements(
        OPENING + "\n\n"
        "Morn pledged to help Varnia fight corruption. With more than 600,000 people of Varnian background in "
        "Ostland, the meeting had significance for Morn at home.",
        [("Ida Morn", "indirect", "Morn pledged to help Varnia fight corruption.")])


def test_a_thing_after_a_fronted_phrase_still_carries_the_report_on():
    assert_statements(
        OPENING + "\n\n"
        "Ms Morn pledged to help Varnia fight corruption. With more than 600,000 people of Varnian background in "
        "Ostland, the aid would reach many families.",
        [("Ida Morn", "indirect", "Ms Morn pledged to help Varnia fight corruption."),
         ("Ida Morn", "indirect",
          "With more than 600,000 people of Varnian background in Ostland, the aid would reach many families.")])
