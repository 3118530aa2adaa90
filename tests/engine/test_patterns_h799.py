"""Statements found by helper h799's set sixhundredth (a Malaysian state's meetings as its Chief Minister's Office
and the papers print them): the pilgrim's "Haji" between two names is the father's, part of the name, and "Datuk
Seri Panglima" a title; "X in a press conference announced that …" with no commas; "brought up the bills"; "Not long
after …, X emerged … and told …"; a paper's dateline "KOBE, Japan:" / "PLACE (Jan 10):" in no statement; a name after
"headed by <office>," no subject for the next "he".

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_haji_between_two_names_is_part_of_the_name():
    """"Chief Minister Datuk Seri Panglima Haji Ramlan Haji Osman …" then "Ramlan highlighted …": one person, the
    father's "Haji" inside his name (before, the name split at it and "Ramlan" was no one)."""
    assert_statements((
        "Chief Minister Datuk Seri Panglima Haji Ramlan Haji Osman called on the Prime Minister in Lembah on Monday. "
        "At the meeting, Ramlan highlighted the state's needs and raised issues related to the water grid."
    ), [
        ("Ramlan Haji Osman", "indirect",
         "At the meeting, Ramlan highlighted the state's needs and raised issues related to the water grid."),
    ])


def test_haji_before_a_name_is_still_a_style():
    """Guard: "Dato' Seri Haji Ramlan Osman" — the pilgrim's style before the given name stays a style."""
    assert_statements((
        "Chief Minister Dato' Seri Haji Ramlan Osman received the ambassador. Ramlan said the visit was useful."
    ), [
        ("Ramlan Osman", "indirect", "Ramlan said the visit was useful."),
    ])


def test_a_press_conference_between_subject_and_verb_without_commas():
    """"Yesterday, X in a press conference announced that …": his statement, as with the commas."""
    assert_statements((
        "Party chairman Datuk Seri Kamal Rizal met the Prime Minister on Friday.\n\n"
        "Yesterday, Kamal Rizal in a press conference announced that the party was withdrawing its support."
    ), [
        ("Kamal Rizal", "indirect",
         "Yesterday, Kamal Rizal in a press conference announced that the party was withdrawing its support."),
    ])


def test_bills_brought_up_are_raised():
    """"X had also brought up the important bills expected to be tabled …": raised, his statement."""
    result = run(
        "Prime Minister Ansel Korrin met state leaders in Vosk. "
        "Korrin had also brought up the important bills expected to be tabled at the assembly later today."
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ansel Korrin",
         "Korrin had also brought up the important bills expected to be tabled at the assembly later today."),
    ]


def test_not_long_after_opens_a_time_phrase_before_the_subject():
    """"Not long after …, X had also emerged from the room and told the media that …": X's (before, the subject
    after an opening adverb was not found for the verb after "and")."""
    result = run(
        "Party chief Datuk Seri Kamal Rizal attended the meeting at the hotel.\n\n"
        "Not long after the talks, Kamal had also emerged from the meeting room and told the media that he "
        "will leave it to the Prime Minister."
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Kamal Rizal", "Not long after the talks, Kamal had also emerged from the meeting room and told the media "
                        "that he will leave it to the Prime Minister."),
    ]


def test_a_papers_dateline_with_a_country_and_a_colon_is_in_no_statement():
    """"KOBE, Japan: Deputy Chief Minister X is confident …": the statement opens at the office, not the place."""
    result = run(
        "KOBE, Japan: Deputy Chief Minister Datuk Seri Andrew Lojun is confident more investors will come to the "
        "state."
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Andrew Lojun",
         "Deputy Chief Minister Datuk Seri Andrew Lojun is confident more investors will come to the state."),
    ]


def test_a_papers_dateline_with_a_date_in_brackets_and_a_colon_is_in_no_statement():
    """"KOTA LEMBAH (Jan 10): Prime Minister X said …": the same with the month and day in brackets."""
    result = run("KOTA LEMBAH (Jan 10): Prime Minister Ansel Korrin said the bills were his priority.")
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ansel Korrin", "Prime Minister Ansel Korrin said the bills were his priority."),
    ]


def test_a_transcript_label_in_capitals_is_still_a_label():
    """Guard: "PRESIDENT KORRIN: Thank you." — a label, its words his."""
    result = run("PRESIDENT KORRIN: Thank you very much.\n\nPRIME MINISTER LOJUN: Thank you.")
    assert [(s.kind, s.text) for s in result.statements] == [
        ("direct", "Thank you very much."), ("direct", "Thank you."),
    ]


def test_a_name_after_headed_by_and_its_office_is_no_subject_for_he():
    """"The delegates are headed by Chief Minister, X, while …" then "He said …": still the one who spoke before
    (before, X, read as the sentence's opening subject, took the report)."""
    result = run(
        "Deputy Chief Minister Datuk Seri Andrew Lojun is confident more investors will come to the state.\n\n"
        "He said that they have received many inquiries.\n\n"
        "The delegates from the state are headed by Chief Minister, Datuk Seri Haji Ramlan Osman, while the federal "
        "team is led by Trade Minister, Datuk Peter Manjun.\n\n"
        "He said that the feedback was good."
    )
    last = [(s.speaker, s.text) for s in result.statements][-1]
    assert last == ("Andrew Lojun", "He said that the feedback was good.")
