"""Helper h979 (sevenhundredfortieth, the Presidency of Chad as English outlets print it): a subject parted from its
verb by two asides of for whom, the second set off alone after "and" ("Xi, on behalf of the government and people,
and in his own name, expressed …"), the sentence maybe opened by "In his message," (speech_subjects
`_SUBJECTS_ASIDE`, `_FRONTED_IN_HIS`, read by `_subject_before_asides`)."""

from .test_patterns import assert_statements

OPENING = "BELMARA, April 28 -- President Oren Vask on Wednesday sent a message to Tomas Hale, head of Lindora."


def test_a_second_aside_after_and_between_subject_and_verb_is_stepped_over():
    text = ("Vask, on behalf of the government and people of Belmara, and in his own name, expressed deep grief to "
            "the families.")
    assert_statements(OPENING + "\n\n" + text, [("Oren Vask", "indirect", text)])


def test_in_his_message_before_the_subject_and_its_asides():
    text = ("In his message, Vask, on behalf of the government and people of Belmara, and in his own name, "
            "expressed deep grief to the families.")
    assert_statements(OPENING + "\n\n" + text, [("Oren Vask", "indirect", text)])


def test_a_list_of_places_after_and_stays_no_ones_statement():
    # guard: a noun list before the verb ("The roads, the bridges, and in places the schools, needed repair") is no
    # person's statement
    assert_statements(
        OPENING + "\n\nThe roads of Belmara, the bridges, and in places the schools, needed urgent repair.", [])
