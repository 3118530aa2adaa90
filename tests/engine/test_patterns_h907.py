"""Helper h907 (sixhundredeightyfifth, Lebanon's National News Agency): an ambassador's office after a state's one-word
possessive and before his name set off by commas ("… welcomed Narvia’s Ambassador to Solvia, Tomas Hurlig, …") is that
state's, the country after "to" only where he serves, so "the Narvian diplomat" later is he (name_offices
`_of_the_owning_state`); not a titled person's possessive ("President Orlan’s Ambassador"). A statement the subject
made, then "in which he said …": the subject's (speech_subjects `_OWN_WORDS_IN_WHICH`). A lone long surname with one
letter inside it changed, a slip ("Hollender" after "Amos Hollander"), is the person named so (people
`_one_letter_changed_inside`); not a changed ending ("Marovska" after "Anna Marovski")."""

from .test_patterns import assert_statements


def test_a_states_ambassador_to_a_country_is_its_diplomat():
    assert_statements(
        "Prime Minister Dorran Velk on Monday received Narvia’s Ambassador to Solvia, Tomas Hurlig.\n\n"
        "During the visit, the Narvian diplomat also briefed Velk on the situation in Narvia, which is slowly "
        "emerging from its crisis.\n\n"
        "Touching on trade, the Narvian Ambassador said that tariffs must fall.",
        [("Tomas Hurlig", "indirect", "During the visit, the Narvian diplomat also briefed Velk on the situation in "
          "Narvia, which is slowly emerging from its crisis."),
         ("Tomas Hurlig", "indirect", "Touching on trade, the Narvian Ambassador said that tariffs must fall.")],
    )


def test_a_titled_persons_ambassador_is_not_of_a_country_of_that_name():
    # ("President Orlan’s": a person's possessive, so "the Orlanian diplomat" is no one named here)
    assert_statements(
        "Prime Minister Dorran Velk on Monday received President Orlan’s Ambassador to Solvia, Tomas Hurlig.\n\n"
        "Hurlig said that the talks had gone well.\n\n"
        "The Orlanian diplomat briefed Velk on the harbour.",
        [("Tomas Hurlig", "indirect", "Hurlig said that the talks had gone well.")],
    )


_ENVOY_RECEIVED = ("Prime Minister Dorran Velk received the presidential envoy Amos Kettering this afternoon at his home.\n\n"
                   "Velk stressed that \"the threats will not stop our efforts.\"\n\n")


def test_words_the_subject_made_in_which_he_said_are_his():
    # (a statement the sentence's subject made, "in which he said": he is that subject, not the last speaker)
    assert_statements(
        _ENVOY_RECEIVED + "For his part, Kettering made a brief statement following the meeting, in which he said: "
        "“As usual, I had good discussions with the Prime Minister.”",
        [("Dorran Velk", "indirect", "Velk stressed that \"the threats will not stop our efforts.\""),
         ("Amos Kettering", "direct", "As usual, I had good discussions with the Prime Minister.")],
    )
    assert_statements(
        _ENVOY_RECEIVED + "Kettering made a brief statement following the meeting, in which he said that the talks "
        "had been good.",
        [("Dorran Velk", "indirect", "Velk stressed that \"the threats will not stop our efforts.\""),
         ("Amos Kettering", "indirect", "Kettering made a brief statement following the meeting, in which he said "
          "that the talks had been good.")],
    )


def test_a_letter_received_in_which_he_wrote_is_not_the_receivers():
    # ("received a letter from Y, in which he …": the letter is Y's, so the receiver is never the speaker)
    assert_statements(
        _ENVOY_RECEIVED + "Velk received a letter from party chief Anil Forsk, in which he thanked the government.",
        [("Dorran Velk", "indirect", "Velk stressed that \"the threats will not stop our efforts.\"")],
    )


def test_a_lone_surname_with_one_letter_changed_inside_is_the_one_named():
    assert_statements(
        "Prime Minister Dorran Velk received the presidential envoy Amos Hollander this afternoon.\n\n"
        "For his part, Hollender said that the talks had been good.",
        [("Amos Hollander", "indirect", "For his part, Hollender said that the talks had been good.")],
    )


def test_a_lone_surname_with_its_ending_changed_is_not_the_one_named():
    # (a surname's feminine or plural changes its ending: "Marovska" is not "Anna Marovski", her words no one's here)
    assert_statements(
        "Prime Minister Dorran Velk received Ambassador Anna Marovski this afternoon.\n\n"
        "Velk said that the talks had been good.\n\n"
        "Marovska said that the harbour would open.",
        [("Dorran Velk", "indirect", "Velk said that the talks had been good.")],
    )
