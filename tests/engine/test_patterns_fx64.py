"""Helper fx64 (mends of the hr55 review of stop 64's rules): an adverb and a participle before an inverted office are
its description, not a reported clause ("…, said the recently arrived Ambassador."); ", reports the Minister." is an
office's tag, not a paper's credit; "addressed" an event only when the words before its noun are the event's name;
"rejected the … file(s)" only where the noun phrase ends at the file; "held a conversation with reporters, focusing
on …" is his telling the press."""

from __future__ import annotations

from .test_patterns import assert_statements

# 1. speech_subjects._a_clause_read_as_a_description

def test_an_adverb_and_a_participle_before_the_office_keep_the_inverted_tag():
    body = (
        "Ambassador Lena Orsk arrived in Veltra on Monday.\n\n"
        "The two countries will deepen their ties, said the recently arrived Ambassador."
    )
    assert_statements(body, [
        ("Lena Orsk", "indirect", "The two countries will deepen their ties, said the recently arrived Ambassador."),
    ])


def test_an_adverb_without_ly_before_the_participle_keeps_the_inverted_tag():
    body = "Governor Tomas Varno hosted the delegation.\n\nTrade will grow, said the often visited Governor."
    assert_statements(body, [
        ("Tomas Varno", "indirect", "Trade will grow, said the often visited Governor."),
    ])


def test_a_subject_and_its_act_after_said_are_still_a_clause():
    # guard: the rule's own case, "said the team met with the governor": a clause, the aide's report
    body = (
        "A statement signed yesterday by Varno’s Special Assistant, Lina Morrow, said the team met with the "
        "governor at his country home."
    )
    assert_statements(body, [
        ("Lina Morrow", "indirect", "A statement signed yesterday by Varno’s Special Assistant, Lina Morrow, said "
                                    "the team met with the governor at his country home."),
    ])


# 2. sentence_patterns.credited_to_a_report

def test_reports_the_minister_is_an_office_not_a_papers_credit():
    body = (
        "Minister Ivo Verk met a trade delegation on Tuesday.\n\n"
        "Verk said the talks were useful. Trade has doubled since 2015, reports the Minister."
    )
    assert_statements(body, [
        ("Ivo Verk", "indirect", "Verk said the talks were useful."),
        ("Ivo Verk", "indirect", "Trade has doubled since 2015, reports the Minister."),
    ])


def test_reports_the_paper_is_still_a_credit():
    # guard: ", reports the Orbia Times." (no office word) is the paper's credit, no one's words carried on
    body = (
        "Minister Ivo Verk met a trade delegation on Tuesday.\n\n"
        "Verk said the talks were useful. Trade has doubled since 2015, reports the Orbia Times."
    )
    assert_statements(body, [
        ("Ivo Verk", "indirect", "Verk said the talks were useful."),
    ])


# 3. lexicon._COMPLEMENTS, "addressed" with three or four words before the audience noun

def test_addressing_concerns_raised_at_a_meeting_is_speech():
    body = (
        "Minister Ivo Verk met the delegation on Monday.\n\n"
        "Verk addressed the concerns raised at the meeting about the new border rules."
    )
    assert_statements(body, [
        ("Ivo Verk", "indirect", "Verk addressed the concerns raised at the meeting about the new border rules."),
    ])


def test_addressing_a_summit_named_in_four_words_is_still_narrative():
    # guard: the rule's own case, an event's name (ordinal, "annual", capitalised words) before its noun
    body = (
        "Minister Ivo Verk met the delegation on Monday.\n\n"
        "Verk addressed the third annual Orbia Leaders Summit on Sunday."
    )
    assert_statements(body, [])


# 4. reported_speech._FILE_REJECTED

def test_rejecting_claims_about_a_files_leak_is_a_view_voiced():
    body = (
        "Minister Ivo Verk met the delegation on Monday.\n\n"
        "Verk rejected the secret files leak claims by the opposition."
    )
    assert_statements(body, [
        ("Ivo Verk", "indirect", "Verk rejected the secret files leak claims by the opposition."),
    ])


def test_rejecting_a_file_with_a_participle_after_it_is_still_an_act():
    # guard: the rule's own case, the noun phrase ending at "file" ("the file submitted by …")
    body = (
        "Minister Ivo Verk met the delegation on Monday.\n\n"
        "Verk rejected the file submitted by the council seeking permission for the new port."
    )
    assert_statements(body, [])


# 5. cue_words.focusing_on_a_meetings_topic, "held a conversation" with the press

def test_a_conversation_held_with_reporters_focusing_on_a_topic_is_his():
    body = (
        "Minister Ivo Verk met the delegation on Monday.\n\n"
        "Verk held a conversation with reporters, focusing on the need for new trade rules."
    )
    assert_statements(body, [
        ("Ivo Verk", "indirect", "Verk held a conversation with reporters, focusing on the need for new trade "
                                 "rules."),
    ])


def test_a_dialogue_held_with_envoys_focusing_on_a_topic_is_still_narrative():
    # guard: the rule's own case, a meeting with envoys, its topic
    body = (
        "Chief Minister Oren Talvik of Marrow held a high-level dialogue with envoys from nine countries on Thursday, "
        "focusing on cultural exchange and trade."
    )
    assert_statements(body, [])
