"""Helper h1052 (KE61, a known-error pass on KE57's M1 and S1): a closing tag "…, said X" whose speaker is set off
after the name ("…, said Tan Wei, a deputy to the assembly and also mayor of Kell city."): the words before are his
report, a body's or a side's speech verb inside them no cut, as when the tag ends the sentence at the name; and one
person's unquoted first-person words with the tag in their middle ("Our commitment, she said, will be to …"): the words
after the tag are hers too."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "Mayor Tan Wei of Kell met a delegation from Norlan on Monday.\n\n"


def test_closing_tag_with_who_the_speaker_is_keeps_the_sides_report_inside():
    body = _LEAD + (
        "During the floods, the Norlan side reported to Kell every day about the water levels of the upper reaches, "
        "giving a lot of help to the city, said Tan Wei, a deputy to the assembly and also mayor of Kell."
    )
    assert_statements(body, [
        ("Tan Wei", "indirect",
         "During the floods, the Norlan side reported to Kell every day about the water levels of the upper reaches, "
         "giving a lot of help to the city, said Tan Wei, a deputy to the assembly and also mayor of Kell."),
    ])


def test_closing_tag_with_a_relative_clause_keeps_the_sides_report_inside():
    body = _LEAD + "The Norlan side reported to Kell about the water levels, said Tan Wei, who chairs the flood board."
    assert_statements(body, [
        ("Tan Wei", "indirect",
         "The Norlan side reported to Kell about the water levels, said Tan Wei, who chairs the flood board."),
    ])


def test_closing_tag_at_the_name_as_before():
    body = _LEAD + "The Norlan side reported to Kell about the water levels, said Tan Wei."
    assert_statements(body, [
        ("Tan Wei", "indirect", "The Norlan side reported to Kell about the water levels, said Tan Wei."),
    ])


def test_tag_followed_by_a_second_clause_is_no_closing_tag():
    # the comma after the name opens no "who" or "a/the …" phrase: the tag does not close the sentence, the side's
    # report stays cut off as before
    body = _LEAD + (
        "The Norlan side reported to Kell about the water levels, said Tan Wei, adding that the dam is safe."
    )
    assert_statements(body, [
        ("Tan Wei", "indirect", "said Tan Wei, adding that the dam is safe."),
    ])


_MEETING = "President Ana Varo met the Norlan delegation in Tovo.\n\n"


def test_words_after_a_middle_tag_are_the_speakers_too():
    body = _MEETING + (
        "Our commitment upon returning, she said, will not only be to raise our voice, but to organize a project, "
        "and we will always be by your side."
    )
    assert_statements(body, [
        ("Ana Varo", "direct", "Our commitment upon returning"),
        ("Ana Varo", "direct",
         "will not only be to raise our voice, but to organize a project, and we will always be by your side."),
    ])


def test_a_participle_after_a_middle_tag_stays_out():
    # "opening the meeting": the speaker's act when he spoke, no words of his (a participle that goes on with the
    # words, "…, the President said, providing investors with …", is not told apart from it and stays out too)
    body = _MEETING + "We have never closed the door to anyone, the President said, opening the meeting with the envoy."
    assert_statements(body, [("Ana Varo", "direct", "We have never closed the door to anyone")])


def test_a_relative_clause_after_an_inverted_middle_tag_stays_out():
    body = _MEETING + (
        "We have witnessed the strength of the people, said President Varo, who pledged to raise her voice."
    )
    assert_statements(body, [("Ana Varo", "direct", "We have witnessed the strength of the people")])


def test_where_the_words_were_said_after_a_middle_tag_is_no_words():
    body = _MEETING + "We must act now, she said, at the meeting in Tovo."
    assert_statements(body, [("Ana Varo", "direct", "We must act now")])


def test_a_participle_of_speech_after_a_middle_tag_is_not_taken_as_the_words():
    body = _MEETING + "We must act now, she said, adding that the dam is safe."
    assert_statements(body, [("Ana Varo", "direct", "We must act now")])
