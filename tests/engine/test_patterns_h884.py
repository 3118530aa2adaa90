"""Helper h884 (sixhundredsixtysixth, IRNA and its copies): a lone surname no fuller form names is a person when it
speaks in the past before speech verbs twice (name_registry._recurring_lone_speaker); "slammed" a criticism voiced
(lexicon SPEECH_VERBS); a name's own-turn aside with when he spoke, "X, for his part during the phone talk, pointed to
… and called for …", the sentence's subject (speech_subjects._OWN_TURN_ASIDE); "his counterpart Y" in a sentence opened
by the bare surname of the one named before holds that one's office (name_offices._surname_opening); an opening of what
is spoken about, "Referring to X's visit, he said …", makes no speaker of its possessor (speech_subjects._TOPIC_OPENINGS);
"in response to the message of congratulations from Y" is no words of Y's (reported_speech._ANSWERED_BEFORE)."""

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
