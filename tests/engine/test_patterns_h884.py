"""Helper h884 (sixhundredsixtysixth, IRNA and its copies): a lone surname no fuller form names is a person when it
speaks in the past before speech verbs twice (name_registry._recurring_lone_speaker); "slammed" a criticism voiced
(lexicon SPEECH_VERBS); a name's own-turn aside with when he spoke, "X, for his part during the phone talk, pointed to
… and called for …", the sentence's subject (speech_subjects._OWN_TURN_ASIDE); "his counterpart Y" in a sentence opened
by the bare surname of the one named before holds that one's office (name_offices._surname_opening); an opening of what
is spoken about, "Referring to X's visit, he said …", makes no speaker of its possessor (speech_subjects._TOPIC_OPENINGS);
"in response to the message of congratulations from Y" is no words of Y's (reported_speech._ANSWERED_BEFORE); an agency's
initials and a spaced dash, after a place and a date maybe ("Tehran, Sept 2, IRNA – "), a dateline
(segments._AGENCY_CREDIT_DATELINE)."""

from .test_patterns import assert_statements


def test_a_lone_surname_that_speaks_twice_is_a_person():
    assert_statements(
        "Speaking in a meeting with Velmoran Ambassador to Orsalia Ivo Draskan, Marvandi appreciated Velmora for its "
        "stance, saying cooperation between the two assemblies will continue.\n\n"
        "The claims made against the assembly are not legal, he noted.\n\n"
        "Marvandi said that the assembly is ready to follow up the agreements.\n\n"
        "Draskan, for his part, congratulated Marvandi's election.",
        [("Marvandi", "indirect", "Speaking in a meeting with Velmoran Ambassador to Orsalia Ivo Draskan, Marvandi "
          "appreciated Velmora for its stance, saying cooperation between the two assemblies will continue."),
         ("Marvandi", "indirect", "The claims made against the assembly are not legal, he noted."),
         ("Marvandi", "indirect", "Marvandi said that the assembly is ready to follow up the agreements."),
         ("Ivo Draskan", "indirect", "Draskan, for his part, congratulated Marvandi's election.")],
    )


def test_a_plural_or_a_present_tense_word_is_no_lone_speaker():
    """Guard: "Panelists highlighted …" twice is a group; "Orsalia welcomes …", "Orsalia values …" a country's."""
    assert_statements(
        "Minister Dara Kell hosted a convening on the new law.\n\n"
        "Panelists highlighted the importance of the law for women.\n\n"
        "Panelists also discussed the benefits of the law for younger women.\n\n"
        "Orsalia values its relations with Velmora and Orsalia welcomes more investment in its provinces.",
        [],
    )


def test_slammed_is_a_criticism_voiced():
    assert_statements(
        "President Arin Tovasi held a phone call with President Ivo Marek.\n\n"
        "Tovasi also slammed the unilateral sanctions against his country.",
        [("Arin Tovasi", "indirect", "Tovasi also slammed the unilateral sanctions against his country.")],
    )


def test_a_name_its_own_turn_aside_and_when_he_spoke_then_a_verb_and_a_speech_verb():
    assert_statements(
        "President Arin Tovasi and President Ivo Marek spoke by phone.\n\n"
        "Ivo Marek, for his part during the phone talk, pointed to the outbreak of the flu across the region and "
        "called for further cooperation between the two countries.",
        [("Ivo Marek", "indirect", "Ivo Marek, for his part during the phone talk, pointed to the outbreak of the flu "
          "across the region and called for further cooperation between the two countries.")],
    )


def test_an_own_turn_aside_before_a_narrative_verb_alone_makes_no_statement():
    """Guard: "X, for his part, visited the plant." says nothing."""
    assert_statements(
        "President Arin Tovasi and President Ivo Marek met in Dorsk.\n\n"
        "Ivo Marek, for his part, visited the plant on the river.",
        [],
    )


def test_a_counterpart_in_a_sentence_opened_by_a_bare_surname_holds_his_office():
    assert_statements(
        "Velmoran Foreign Minister Arin Tovasi met Orsalian President Ivo Marek in Dorsk on Wednesday.\n\n"
        "During his stay in Dorsk, Tovasi also met with his Orsalian counterpart Lena Vorn earlier in the day.\n\n"
        "The Orsalian foreign minister, for her part, voiced Orsalia's eagerness for expansion of cooperation.",
        [("Lena Vorn", "indirect", "The Orsalian foreign minister, for her part, voiced Orsalia's eagerness for "
          "expansion of cooperation.")],
    )


def test_referring_to_a_named_persons_visit_leaves_the_pronoun_to_the_speaker_before():
    assert_statements(
        "President Arin Tovasi said in the cabinet meeting on Wednesday that talks are necessary.\n\n"
        "Referring to Foreign Minister Ivo Marek’s visit to different countries, he said that Marek visited Dorsk "
        "twice in a week.",
        [("Arin Tovasi", "indirect", "President Arin Tovasi said in the cabinet meeting on Wednesday that talks are "
          "necessary."),
         ("Arin Tovasi", "indirect", "Referring to Foreign Minister Ivo Marek’s visit to different countries, he said "
          "that Marek visited Dorsk twice in a week.")],
    )


def test_following_a_named_persons_meetings_still_makes_the_pronoun_his():
    """Guard: an opening of when, not of what is spoken about: "Following X's meetings in Dorsk, he directed …"."""
    assert_statements(
        "President Arin Tovasi said that talks are necessary.\n\n"
        "Following Foreign Minister Ivo Marek’s meetings in Dorsk, he directed his staff to prepare a report.",
        [("Arin Tovasi", "indirect", "President Arin Tovasi said that talks are necessary."),
         ("Ivo Marek", "indirect", "Following Foreign Minister Ivo Marek’s meetings in Dorsk, he directed his staff "
          "to prepare a report.")],
    )


def test_a_message_of_congratulations_answered_is_no_words_of_its_sender():
    assert_statements(
        "Speaker Arin Tovasi made the expression in response to the message of congratulations from Chairman of the "
        "Orsalian Assembly Ivo Marek on his election as speaker.\n\n"
        "Tovasi said that the assembly is ready to work with Orsalia.",
        [("Arin Tovasi", "indirect", "Tovasi said that the assembly is ready to work with Orsalia.")],
    )


def test_congratulations_from_a_person_still_are_his():
    """Guard: "The call started with birthday wishes from Mr X to …": X's words, as before."""
    assert_statements(
        "Speaker Arin Tovasi held a call with Chairman Ivo Marek.\n\n"
        "The call started with birthday wishes from Mr Ivo Marek to the Speaker.",
        [("Ivo Marek", "indirect", "The call started with birthday wishes from Mr Ivo Marek to the Speaker.")],
    )


def test_an_agencys_initials_and_a_dash_open_a_copy_as_a_dateline():
    assert_statements(
        "Dorsk, Sept 2, VRNA – President Arin Tovasi said here on Tuesday that ties should be expanded.\n\n"
        "VRNA – Spokesman Ivo Marek said on Saturday that the meeting was in line with the country's interests.",
        [("Arin Tovasi", "indirect", "President Arin Tovasi said here on Tuesday that ties should be expanded."),
         ("Ivo Marek", "indirect", "Spokesman Ivo Marek said on Saturday that the meeting was in line with the "
          "country's interests.")],
    )


def test_initials_and_a_dash_inside_a_sentence_stay_in_it():
    """Guard: only a paragraph's opening is a credit; "… said the VRNA - a new body - would …" keeps its words."""
    assert_statements(
        "President Arin Tovasi said the VRNA - a new body - would be expanded.",
        [("Arin Tovasi", "indirect", "President Arin Tovasi said the VRNA - a new body - would be expanded.")],
    )
