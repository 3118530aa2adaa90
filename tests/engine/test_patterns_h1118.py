"""Helper h1118 (eighthundredfiftyfirst, the Hokim of Samarkand region): three shapes its readouts showed.

- "The attendees highly praised …" after a speaker's report: the people at the event, a group (`GROUP_HEADS`), not
  his report carried on.
- "X on behalf of SRCIC cordially invited …": "on behalf of" a body named by its capitalised name with no article,
  and an adverb in "-ly" before the verb, still leaves X the subject (`_ON_BEHALF_BEFORE_VERB`, `_ONLY_LY_ADVERBS`).
- "He also wanted to take this opportunity to attract …": what he said he meant to do with the occasion, his
  statement (the "want" cue in `lexicon`); "He also wanted to attract …" stays as it was, no statement.
"""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = (
    "Delegation of Tarvonia visits Quelmark\n\n"
    "The delegation led by the Governor of Tarvonia region, Osmar Keldibek, visited Quelmark.\n\n"
)


def test_the_attendees_praising_are_a_group_not_his_report_carried_on():
    body = _OPENING + (
        "In his speech, Governor Keldibek emphasized the robust development of cooperation between the two regions. "
        "The attendees highly praised the quality of the rugs made by the company.\n\n"
        "The two leaders exchanged views on tourism."
    )
    assert_statements(body, [
        ("Osmar Keldibek", "indirect",
         "In his speech, Governor Keldibek emphasized the robust development of cooperation between the two regions."),
    ])


def test_the_participants_praising_stay_a_group():
    # guard: a group word the engine already knew keeps its reading
    body = _OPENING + (
        "In his speech, Governor Keldibek emphasized the robust development of cooperation between the two regions. "
        "The participants highly praised the quality of the rugs made by the company."
    )
    assert_statements(body, [
        ("Osmar Keldibek", "indirect",
         "In his speech, Governor Keldibek emphasized the robust development of cooperation between the two regions."),
    ])


def test_on_behalf_of_a_body_by_its_acronym_then_an_adverb_leaves_the_speaker_the_subject():
    body = _OPENING + (
        "Chamber representative Liane Varosh attended the meeting.\n\n"
        "Liane Varosh on behalf of QBCC cordially invited Governor and Deputy Governor of Tarvonia to attend the "
        "Quelmark Business Summit in October."
    )
    assert_statements(body, [
        ("Liane Varosh", "indirect",
         "Liane Varosh on behalf of QBCC cordially invited Governor and Deputy Governor of Tarvonia to attend the "
         "Quelmark Business Summit in October."),
    ])


def test_on_behalf_of_a_named_person_leaves_the_speaker_the_subject():
    body = _OPENING + (
        "Liane Varosh on behalf of Chairman Odo Brannik congratulated the Governor on the new trade house."
    )
    assert_statements(body, [
        ("Liane Varosh", "indirect",
         "Liane Varosh on behalf of Chairman Odo Brannik congratulated the Governor on the new trade house."),
    ])


def test_wanted_to_take_this_opportunity_carries_his_words():
    body = _OPENING + (
        "Mr. Dastan Orlov, the Deputy Governor, expressed his strong hope of building a platform with the chamber. "
        "He also wanted to take this opportunity to attract Quelmark firms to the free trade zone.\n\n"
        "The guests then visited the museum."
    )
    assert_statements(body, [
        ("Dastan Orlov", "indirect",
         "Mr. Dastan Orlov, the Deputy Governor, expressed his strong hope of building a platform with the chamber."),
        ("Dastan Orlov", "indirect",
         "He also wanted to take this opportunity to attract Quelmark firms to the free trade zone."),
    ])


def test_wanted_to_with_no_occasion_stays_no_statement():
    # guard: a plain wish to do something is no report ("wanted to visit" was left out of the cue on purpose)
    body = _OPENING + (
        "Mr. Dastan Orlov, the Deputy Governor, expressed his strong hope of building a platform with the chamber. "
        "He also wanted to attract Quelmark firms to the free trade zone.\n\n"
        "The guests then visited the museum."
    )
    assert_statements(body, [
        ("Dastan Orlov", "indirect",
         "Mr. Dastan Orlov, the Deputy Governor, expressed his strong hope of building a platform with the chamber."),
    ])
