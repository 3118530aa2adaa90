"""Helper h932 (sevenhundredfourth, the Mayor of Chișinău's English news): an invitation "addressed" to its addressee is
one extended ("The mayor of the capital also addressed an invitation to the County President to visit …", lexicon's
"address" complements); a city's head or deputy head before a name and its comma, the city called "the capital" or "the
city" ("received by the deputy mayor of the capital, Mr. X." then "“…”, said the Deputy Mayor of the capital.",
name_offices `_city_head_office` in `lower_office_then_comma`); an office in apposition with "the" that no comma closes
before a verb of meeting, the name opening its sentence ("X, the General Mayor met Y, …" then "The Mayor of the capital
wanted to mention that …", name_offices `appositive_office`, `_MEETING_VERB_AFTER`)."""

from .test_patterns import assert_statements


def test_an_invitation_addressed_to_a_guest_is_an_invitation_extended():
    assert_statements(
        "The General Mayor, Tomas Verlan, met the President of Orsk County, Dan Mirea.\n\n"
        "The mayor of the capital also addressed an invitation to the County President to visit Velmar, and in the "
        "next period a team of specialists will undertake a working visit to Orsk.",
        [("Tomas Verlan", "indirect", "The mayor of the capital also addressed an invitation to the County President "
          "to visit Velmar, and in the next period a team of specialists will undertake a working visit to Orsk.")],
    )


def test_an_invitation_addressed_to_the_mayor_in_a_passive_is_no_one_s_words():
    """Guard: the invitation's passive with no agent says nothing of anyone's."""
    assert_statements(
        "The General Mayor, Tomas Verlan, met the President of Orsk County, Dan Mirea.\n\n"
        "An invitation to the autumn fair was addressed to the delegation.",
        [],
    )


def test_the_deputy_mayor_of_the_capital_before_the_name_is_his_office():
    assert_statements(
        "The mayors were received by the deputy mayor of the capital, Mr. Ilie Verlan. The meeting was also attended "
        "by the Dean of the Orsk Bar, Florin Dascal.\n\n"
        "\"The talks were centred on new twinning agreements\", said the Deputy Mayor of the capital.",
        [("Ilie Verlan", "direct", "The talks were centred on new twinning agreements")],
    )


def test_the_mayor_of_a_named_city_before_two_names_is_still_no_lower_case_office():
    """Guard: "the mayor of Velmar, X," with the city named is left as it was (an unattributed quotation after it is
    not given to X by the new rule, which reads only "the capital", "the city", "the municipality")."""
    assert_statements(
        "The mayors were received by the deputy mayor of Velmar, Mr. Ilie Verlan.\n\n"
        "\"The talks were centred on new twinning agreements\", said the Deputy Mayor.",
        [],
    )


def test_an_office_left_unclosed_before_met_is_the_subject_s():
    assert_statements(
        "Tomas Verlan, the General Mayor met Dan Mirea, the President of the Republic of Orsk at City Hall.\n\n"
        "The Mayor of the capital wanted to mention that any exchange of experience is welcome.",
        [("Tomas Verlan", "indirect", "The Mayor of the capital wanted to mention that any exchange of experience is "
          "welcome.")],
    )


def test_an_office_left_unclosed_before_a_speech_verb_is_not_read_so():
    """Guard: "X, the Minister said, will …" is no office of X's by the new rule (the verb is no verb of meeting)."""
    assert_statements(
        "Tomas Verlan, the General Mayor announced on Monday, will travel to Orsk.\n\n"
        "The Mayor of the capital wanted to mention that any exchange of experience is welcome.",
        [("Tomas Verlan", "indirect", "Tomas Verlan, the General Mayor announced on Monday, will travel to Orsk.")],
    )
