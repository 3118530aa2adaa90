"""Helper h1007 (sevenhundredsixtyfourth, the Chief Minister of Himachal Pradesh as Indian outlets print him): a
minister who "shared his (valuable) suggestions during the meeting" put suggestions forward, an indirect statement, as
"shared his ideas / proposals" is; "shared" before a bare common noun held in common stays no statement; a lower-case
"chief minister" before a name ("called on Himachal chief minister X") is his office, whom "The CM" then means; "called on the exile X leader on <date>" with no appeal's "to" is a courtesy call."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_shared_his_suggestions_is_a_report():
    body = (
        "Chief Minister Arvel Tandon met a delegation from Norland led by Ambassador Pedro Vasquez in Velmara.\n\n"
        "Forestry Minister Kiran Dolwe also shared his valuable suggestions during the meeting.\n"
    )
    assert_statements(body, [
        ("Kiran Dolwe", "indirect",
         "Forestry Minister Kiran Dolwe also shared his valuable suggestions during the meeting."),
    ])


def test_shared_a_stage_or_common_vision_is_no_report():
    # guard: "shared the stage", "shared commitment" name nothing told
    body = (
        "Chief Minister Arvel Tandon met a delegation from Norland led by Ambassador Pedro Vasquez in Velmara.\n\n"
        "Forestry Minister Kiran Dolwe shared the stage with the ambassador at the orchard fair.\n\n"
        "The meeting reaffirmed the two regions' shared commitment to orchards.\n"
    )
    assert_statements(body, [])


def test_a_lower_case_chief_minister_before_the_name_is_his_office():
    # "Himachal chief minister X": the two lower-case words are one office, which "The CM" means after
    body = (
        "A delegation from Norland, led by High Commissioner Pedro Vasquez, called on Velmara chief minister "
        "Arvel Tandon on Tuesday.\n\n"
        "The CM said that the two regions share many similarities.\n\n"
        "He said that Velmara could benefit from Norland's orchard practices.\n"
    )
    assert_statements(body, [
        ("Arvel Tandon", "indirect", "The CM said that the two regions share many similarities."),
        ("Arvel Tandon", "indirect", "He said that Velmara could benefit from Norland's orchard practices."),
    ])


def test_a_lower_case_minister_after_an_article_stays_a_minister():
    # guard: "the minister X" keeps the office "minister" (the article adds no office); "The CM" is then no one
    body = (
        "Chief Minister Arvel Tandon met the minister Kiran Dolwe in Velmara on Tuesday.\n\n"
        "The minister said that the orchards need new roads.\n"
    )
    assert_statements(body, [
        ("Kiran Dolwe", "indirect", "The minister said that the orchards need new roads."),
    ])


def test_called_on_the_described_leader_is_a_courtesy_call():
    # "called on the exile Norland leader on Feb 1, 2018, after …": a lower-case word of description after "the", then
    # the capital, and no appeal's "to" or "for": a visit, no statement
    body = (
        "Chief Minister Arvel Tandon met Ambassador Pedro Vasquez in Velmara on Monday.\n\n"
        "Mr Tandon had first called on the exile Norland leader on Feb 1, 2018, after he became the chief minister.\n"
    )
    assert_statements(body, [])


def test_called_on_the_described_body_to_act_stays_an_appeal():
    # guard: "called on the international Donors' Forum to …" is still an appeal, its "to" before the sentence ends
    body = (
        "Chief Minister Arvel Tandon met Ambassador Pedro Vasquez in Velmara on Monday.\n\n"
        "Mr Tandon called on the international Donors' Forum to fund the new orchard roads.\n"
    )
    assert_statements(body, [
        ("Arvel Tandon", "indirect", "Mr Tandon called on the international Donors' Forum to fund the new orchard roads."),
    ])
