"""Helper h1044 (sevenhundredninetyfourth, the Governor of Gilgit-Baltistan as Pakistani papers print him): an
office's unit that closes a sentence as its source, "…, PM Office Media Wing said in a press release." (a body, not a
Mr Wing: the sentence stays the governor's); and a briefing given in the passive, "He was given a briefing by Chief
Secretary X on various issues." (X briefed, as "was briefed by X"), not "was given a guard of honour by X"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_media_wing_closing_the_sentence_is_a_body():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "During the meeting, the governor apprised the minister of the situation in Belmont, PM Office Media Wing "
        "said in a press release.\n\n"
        "The governor also thanked the minister for her visit."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "During the meeting, the governor apprised the minister of the situation in Belmont, PM Office Media Wing "
         "said in a press release."),
        ("Paul Dresner", "indirect", "The governor also thanked the minister for her visit."),
    ])


def test_a_media_wing_is_no_speaker_of_its_own():
    body = (
        "Governor Paul Dresner met Minister Anna Lorvik in Belmont.\n\n"
        "The Media Wing said the visit would last two days."
    )
    result = assert_statements(body, [])
    assert all(statement.speaker != "Wing" for statement in result.statements)


def test_given_a_briefing_by_an_official_is_his_statement():
    body = (
        "Minister Anna Lorvik arrived in Belmont on a two-day visit.\n\n"
        "She was given a briefing by Chief Secretary Paul Dresner on various issues."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "She was given a briefing by Chief Secretary Paul Dresner on various issues."),
    ])


def test_given_a_detailed_briefing_by_an_official_is_his_statement():
    body = (
        "Minister Anna Lorvik arrived in Belmont on a two-day visit.\n\n"
        "She was given a detailed briefing by Chief Secretary Paul Dresner on the floods."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "She was given a detailed briefing by Chief Secretary Paul Dresner on the floods."),
    ])


def test_given_a_guard_of_honour_by_an_official_is_narrative():
    body = (
        "Minister Anna Lorvik arrived in Belmont on a two-day visit.\n\n"
        "She was given a guard of honour by Chief Secretary Paul Dresner on arrival."
    )
    assert_statements(body, [])


def test_given_a_briefing_with_no_agent_is_narrative():
    body = (
        "Minister Anna Lorvik arrived in Belmont on a two-day visit.\n\n"
        "She was given a briefing on various issues."
    )
    assert_statements(body, [])
