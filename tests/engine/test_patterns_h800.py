"""Statements found by helper h800's set sixhundredfirst (a national news agency's English reports of a leader or
minister meeting, calling or about to meet someone): "extended her congratulation" (the singular) is a
congratulation; a lone surname with two letters swapped is the one named in full before; "According to X in a
Facebook post, they …" is X's account, where he said it set between the source and its comma; "“…,” stated the press
release." is the release's own words, no one's.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_extended_her_congratulation_in_the_singular_is_a_congratulation():
    """"Ambassador Y extended her congratulation to President X in the new post.": Y's (before, only the plural
    "congratulations" made "extended" speech, and the sentence was no one's)."""
    assert_statements((
        "President Mirela Vostan met Thursday with Pellish Ambassador Dana Korvel to discuss bilateral relations.\n\n"
        "Ambassador Korvel extended her congratulation to President Vostan in the new post."
    ), [
        ("Dana Korvel", "indirect", "Ambassador Korvel extended her congratulation to President Vostan in the new post."),
    ])


def test_a_lone_surname_with_two_letters_swapped_is_the_one_named_in_full():
    """"Speaker Tomas Brenadi … / In this respect Bernadi mentioned …": Brenadi's, the surname's two letters swapped
    in a slip (before, the unknown lone word was no one, and the sentence was lost)."""
    assert_statements((
        "Parliament Speaker Tomas Brenadi and President Ivo Lantz expressed satisfaction Wednesday with relations.\n\n"
        "In this respect Bernadi mentioned the successful joint session of the two governments."
    ), [
        ("Tomas Brenadi", "indirect",
         "In this respect Bernadi mentioned the successful joint session of the two governments."),
    ])


def test_a_lone_surname_a_letter_longer_is_not_the_one_named_in_full():
    """Guard: "Korvelova said …" after "Dana Korvel" (a letter added, as a surname's feminine is) is not Korvel:
    the unknown lone word stays no one, as before."""
    result = run(
        "President Mirela Vostan met Thursday with Ambassador Dana Korvel.\n\n"
        "Korvelova said the meeting was a success."
    )
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_according_to_someone_in_a_facebook_post_is_his_account():
    """"According to FM X in a Facebook post, they briefly discussed …": the whole sentence X's (before, only
    "According to FM X in a Facebook post" was his, the pair's clause after the comma cut off)."""
    assert_statements((
        "Foreign Minister Arvid Selmani had a short meeting with Secretary of State Ruth Calder in Tarn.\n\n"
        "According to FM Selmani in a Facebook post, they briefly discussed the strategic dialogue between the two "
        "countries."
    ), [
        ("Arvid Selmani", "indirect",
         "According to FM Selmani in a Facebook post, they briefly discussed the strategic dialogue between the two "
         "countries."),
    ])


def test_according_to_someone_with_the_interview_named_is_his_account():
    """The same with an interview and whom it was with: "According to X in an interview with Tarn Radio, …"."""
    assert_statements((
        "Foreign Minister Arvid Selmani had a short meeting with Secretary of State Ruth Calder in Tarn.\n\n"
        "According to Selmani in an interview with Tarn Radio, they discussed the visa regime."
    ), [
        ("Arvid Selmani", "indirect",
         "According to Selmani in an interview with Tarn Radio, they discussed the visa regime."),
    ])


def test_a_quotation_told_by_the_press_release_inverted_is_no_ones():
    """"X and Y shared views …, the President's Office said. / “They also discussed …,” stated the press release.",
    no release named before: the release's own words, not the President's (before, only "the press release stated"
    after a quotation was read so, and the quotation went to the President)."""
    result = run(
        "President Ivo Lantz on Thursday had a phone call with Prime Minister Ana Ferro.\n\n"
        "Initiated by Pellany, during the phone call Lantz and Ferro shared views and information on bilateral "
        "relations, the President's Office said.\n\n"
        "“They also discussed the pandemic and the measures the two countries are taking. It was concluded that "
        "cooperation was key,” stated the press release."
    )
    assert [(s.speaker, s.text) for s in result.statements if s.speaker is not None] == []


def test_a_quotation_stated_by_its_speaker_inverted_is_still_his():
    """Guard: "“…,” stated the President." is the President's, as before."""
    assert_statements((
        "President Ivo Lantz on Thursday had a phone call with Prime Minister Ana Ferro.\n\n"
        "“Cooperation between our countries is key,” stated President Lantz."
    ), [
        ("Ivo Lantz", "direct", "Cooperation between our countries is key,"),
    ])
