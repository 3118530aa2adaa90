"""Helper h1076 (eighthundredeighteenth, the President of South West State of Somalia as outlets print him): "chiefs"
after a body's initials or a modifier heads a group ("UN and AU chiefs in Mogadishu have shown on …" after the
president's report is the chiefs' act, not his report carried on), while a bare "The chiefs" already was one; a short
bracket after a name before its aside's comma or a "who" ("President X (Nickname) who accompanied …, outlined …",
"Minister X (PDP), who attended the meeting, said …") leaves the name before it the speaker."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_chiefs_after_initials_are_a_group_not_the_report_carried_on():
    body = (
        "The envoys of the League arrived in Tarvel to meet President Oren Malko.\n\n"
        "President Malko briefed the media about the issues discussed and praised the envoys for their diligence.\n\n"
        "League and Union chiefs in Tarvel have shown on the crisis with planned visits to the provinces."
    )
    assert_statements(body, [
        ("Oren Malko", "indirect",
         "President Malko briefed the media about the issues discussed and praised the envoys for their diligence."),
    ])


def test_a_report_still_carries_on_over_a_sentence_with_no_group():
    # guard: the next paragraph with a thing for its subject still carries his report on
    body = (
        "The envoys of the League arrived in Tarvel to meet President Oren Malko.\n\n"
        "President Malko briefed the media about the security situation in the provinces.\n\n"
        "The security situation in the provinces has improved since the spring."
    )
    assert_statements(body, [
        ("Oren Malko", "indirect", "President Malko briefed the media about the security situation in the provinces."),
        ("Oren Malko", "indirect", "The security situation in the provinces has improved since the spring."),
    ])


def test_a_report_still_carries_on_over_a_sentence_with_chiefs_not_its_subject():
    # guard (fx63): "chiefs" a group word only as the subject's head; "the service chiefs", "the Joint Chiefs of
    # Staff" later in the sentence leave the report carried on
    head = (
        "The envoys of the League arrived in Tarvel to meet President Oren Malko.\n\n"
        "President Malko briefed the media about the security situation in the provinces.\n\n"
    )
    for tail in ("The security situation in the provinces has improved under the service chiefs.",
                 "The security situation in the provinces has improved since the Joint Chiefs of Staff took charge."):
        assert_statements(head + tail, [
            ("Oren Malko", "indirect",
             "President Malko briefed the media about the security situation in the provinces."),
            ("Oren Malko", "indirect", tail),
        ])


def test_a_nickname_in_brackets_before_a_closing_who_clause():
    body = (
        "Prime Minister Dara Vell met ambassadors in Tarvel.\n\n"
        "Regional President Oren Malko (Tarvelani) who accompanied Prime Minister Vell in the meeting, outlined the "
        "key development plans that must be supported."
    )
    assert_statements(body, [
        ("Oren Malko", "indirect",
         "Regional President Oren Malko (Tarvelani) who accompanied Prime Minister Vell in the meeting, outlined the "
         "key development plans that must be supported."),
    ])


def test_a_party_in_brackets_before_an_aside_set_off_by_commas():
    body = "Minister Jan Kovar (PDP), who attended the meeting, said the key plans must be supported."
    assert_statements(body, [
        ("Jan Kovar", "indirect",
         "Minister Jan Kovar (PDP), who attended the meeting, said the key plans must be supported."),
    ])


def test_a_body_with_its_initials_in_brackets_stays_no_speaker():
    # guard: the words before the bracket are a body, no person, so no one speaks
    body = "The Tarvel Party (TP), which attended the meeting, said the key plans must be supported."
    assert_statements(body, [])
