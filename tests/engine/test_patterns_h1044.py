"""Helper h1044 (sevenhundredninetyfourth, the Governor of Gilgit-Baltistan as Pakistani papers print him): a
briefing given in the passive, "He was given a briefing by Chief Secretary X on various issues." (X briefed, as "was briefed by X"), not "was given a guard of honour by X". (Its rule
for "…, PM Office Media Wing said in a press release." left in stop 61: "Wing" is a surname too.)"""

from __future__ import annotations

from .test_patterns import assert_statements


def test_wing_is_a_surname_too():
    # (stop 61's review: "wing" as a body's word, for "…, PM Office Media Wing said in a press release.", took the
    # surname Wing from everyone who bears it; the word left the list, the Media Wing's sentence is left alone)
    body = (
        "Ambassador Lin Wing met Minister Anna Lorvik in Belmont on Monday.\n\n"
        "Ambassador Lin Wing said the talks had gone well."
    )
    assert_statements(body, [("Lin Wing", "indirect", "Ambassador Lin Wing said the talks had gone well.")])


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
