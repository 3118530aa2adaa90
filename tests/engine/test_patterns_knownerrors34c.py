"""Readings of known errors of labelled White House, UK, EU, other and invented hard sets (stop 34): a pronoun's
cue set off by a comma after the clause it reports ("The President would be ready, he said, to consider a special
programme for them next year.", hard13 vostrand_synod_speech).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President John Vask met Governor Peter Torsk"


def test_pronoun_cue_set_off_after_a_person_subject_is_that_subject():
    """"Father Ilya Brusov … wanted to know whether the state would help to restore village churches. The President
    would be ready, he said, to consider a special programme for them next year." (hard13 vostrand_synod_speech; hard13
    fenmore-geffen call's "The Vice President would be ready, she told him, to raise it again"): the pronoun of a cue
    set off by commas is the clause's own subject, the President, not the man who asked."""
    body = (
        "President John Vask met Governor Peter Torsk.\n\n"
        "The Governor asked whether the state would help to restore village schools. "
        "The President would be ready, he said, to consider a special programme for them next year."
    )
    assert_statements(body, [
        ("Peter Torsk", "indirect", "The Governor asked whether the state would help to restore village schools."),
        ("John Vask", "indirect",
         "The President would be ready, he said, to consider a special programme for them next year."),
    ], title=TITLE)


def test_pronoun_cue_set_off_after_a_subject_of_the_other_gender_stays_the_pronouns():
    """Guard: "The President would be ready, she said, …" after Governor Mary Torsk asked, the President a man: "she"
    cannot be he, so it stays the Governor, who spoke last."""
    body = (
        "President John Vask met Governor Mary Torsk.\n\n"
        "Governor Mary Torsk asked whether the state would help to restore village schools. "
        "The President would be ready, she said, to consider a special programme for them next year."
    )
    assert_statements(body, [
        ("Mary Torsk", "indirect", "Governor Mary Torsk asked whether the state would help to restore village schools."),
        ("Mary Torsk", "indirect",
         "The President would be ready, she said, to consider a special programme for them next year."),
    ], title="President John Vask met Governor Mary Torsk")


def test_office_cue_set_off_after_a_person_reports_that_person():
    """"Ms Varga, her office said, understood Tessaly's concern over the levy's treatment of imported steel, and they
    agreed …" (hard30 kestria_opposition_leader_meets_pm_ruan; hard30 velmora_olympic_committee_orin_anniversary_call's
    "Lim, her office recalled, had asked after the fire that his prize money go to the victims' families."): an office
    is no one; the person before its cue is whose view or words it reports."""
    body = (
        "President John Vask met Governor Peter Torsk.\n\n"
        "Mr Torsk, his office said, understood the concern over the levy's treatment of imported steel, "
        "and they agreed that officials should keep in touch."
    )
    assert_statements(body, [
        ("Peter Torsk", "indirect", "Mr Torsk, his office said, understood the concern over the levy's treatment "
                                    "of imported steel,"),
    ], title=TITLE)


def test_spokesperson_cue_set_off_after_a_person_stays_the_spokespersons():
    """Guard: "The President, the spokesperson added, has accepted an invitation …" (hard22
    tadrovia_chancellor_birthday_letter) is the spokesperson's statement, a person, not the President's."""
    body = (
        "President John Vask met Governor Peter Torsk.\n\n"
        "According to Spokesperson Anna Lind, the Governor thanked the President for the visit. "
        "The Governor, the spokesperson added, has accepted an invitation to visit the capital in the autumn."
    )
    assert_statements(body, [
        ("Anna Lind", "indirect", "According to Spokesperson Anna Lind, the Governor thanked the President for the visit."),
        ("Anna Lind", "indirect",
         "The Governor, the spokesperson added, has accepted an invitation to visit the capital in the autumn."),
    ], title=TITLE)


def test_items_after_heard_from_are_each_speakers_statement():
    """"Yesterday, participants heard from six state leaders who are championing specific state legislative proposals:"
    and a paragraph per item, "California State Senator Anthony Portantino on strengthening safe firearm storage laws."
    (fifteenth 2024-02-02 Safer States convening): heard from X on Y is X spoke on Y, each item its person's indirect
    statement (an office before the name kept); the list is over at a paragraph that is no such item."""
    body = (
        "On Tuesday, the Office of Road Safety convened over 100 state legislators.\n\n"
        "Yesterday, participants heard from three state leaders who are championing road safety proposals:\n\n"
        "Norland State Senator Peter Torsk on lowering speed limits near schools.\n\n"
        "Executive Director of the Office of Road Safety, Youth, and Victim Services Anna Lind on a statewide "
        "centre for crash victims.\n\n"
        "The leadership of the Office of Road Safety thanked legislators for their commitment."
    )
    assert_statements(body, [
        ("Peter Torsk", "indirect", "Norland State Senator Peter Torsk on lowering speed limits near schools."),
        ("Anna Lind", "indirect", "Executive Director of the Office of Road Safety, Youth, and Victim Services Anna Lind "
                                  "on a statewide centre for crash victims."),
    ], title="Readout of a Convening of State Legislators on Road Safety")


def test_items_after_a_lead_in_of_no_hearing_stay_no_ones():
    """Guard: the same items after "The proposals discussed included:" tell no one speaking, only topics: no one's."""
    body = (
        "On Tuesday, the Office of Road Safety convened over 100 state legislators.\n\n"
        "The proposals discussed included:\n\n"
        "Norland State Senator Peter Torsk on lowering speed limits near schools.\n\n"
        "The leadership of the Office of Road Safety thanked legislators for their commitment."
    )
    assert_statements(body, [], title="Readout of a Convening of State Legislators on Road Safety")


def test_lead_in_that_only_announces_a_list_is_no_statement():
    """"He set out the following instructions to the Board:" (hard29 sorvia_general_staff_board_instructions; hard29
    kellan_lobby_sanctions_press_conference's "The PM set out what the package should contain:"): words that introduce
    a list and say nothing of it belong to no statement (GOLD-FORMAT); the items after it stay the person's."""
    body = (
        "Speaker Anna Lind spoke by telephone with Speaker Peter Torsk.\n\n"
        "The Speaker set out the following instructions to the Board:\n\n"
        "First, the joint committee should meet before the end of March.\n\n"
        "Second, the House would open its archives to visiting historians."
    )
    assert_statements(body, [
        ("Anna Lind", "indirect", "First, the joint committee should meet before the end of March."),
        ("Anna Lind", "indirect", "Second, the House would open its archives to visiting historians."),
    ], title="Speaker Anna Lind spoke with Speaker Peter Torsk")


def test_lead_in_that_tells_what_the_list_is_for_stays_a_statement():
    """Guard: "The Speaker outlined three priorities for the coming year:" (hard wh_secretary_list's "The Secretary
    outlined three priorities for the coming year:") tells what the items are for: the person's statement."""
    body = (
        "Speaker Anna Lind spoke by telephone with Speaker Peter Torsk.\n\n"
        "The Speaker outlined three priorities for the coming year:\n\n"
        "First, the joint committee should meet before the end of March.\n\n"
        "Second, the House would open its archives to visiting historians."
    )
    assert_statements(body, [
        ("Anna Lind", "indirect", "The Speaker outlined three priorities for the coming year"),
        ("Anna Lind", "indirect", "First, the joint committee should meet before the end of March."),
        ("Anna Lind", "indirect", "Second, the House would open its archives to visiting historians."),
    ], title="Speaker Anna Lind spoke with Speaker Peter Torsk")


def test_used_his_visit_to_commend_is_praise_given():
    """"Neil Wigan also used his visit to commend the contribution of the Business Coalition Against Corruption …"
    (two-hundred-ninety-fifth uk_fcdo wigan_cameroon_chad): an occasion used to speak, the verb after "to" one of praise,
    as "used the meeting to praise"."""
    body = (
        "The Director for Africa, Peter Torsk, visited Norland this week.\n\n"
        "Peter Torsk also used his visit to commend the contribution of the business coalition to open government."
    )
    assert_statements(body, [
        ("Peter Torsk", "indirect",
         "Peter Torsk also used his visit to commend the contribution of the business coalition to open government."),
    ], title="Director for Africa visits Norland")


def test_used_his_visit_to_open_is_an_act():
    """Guard: "used his visit to open a new school" is an act done on the visit, no one's statement."""
    body = (
        "The Director for Africa, Peter Torsk, visited Norland this week.\n\n"
        "Peter Torsk also used his visit to open a new school in the capital."
    )
    assert_statements(body, [], title="Director for Africa visits Norland")


def test_did_not_hide_that_is_said_openly():
    """"The Mevarian did not hide that his mission was a difficult one." (hard15 drevnia_mevarian_envoy): said openly,
    as "made no secret of the fact that"; the demonym is the envoy named before."""
    body = (
        "President John Vask met Special Representative of the Government of Mevaria Peter Torsk.\n\n"
        "The President thanked him for the visit. The Mevarian did not hide that his mission was a difficult one."
    )
    assert_statements(body, [
        ("John Vask", "indirect", "The President thanked him for the visit."),
        ("Peter Torsk", "indirect", "The Mevarian did not hide that his mission was a difficult one."),
    ], title="President John Vask meets Special Representative of the Government of Mevaria Peter Torsk")


def test_hid_that_is_no_speech():
    """Guard: "hid that …" with no negation is a thing kept back, nothing said."""
    body = (
        "President John Vask met Special Representative of the Government of Mevaria Peter Torsk.\n\n"
        "The Special Representative hid that his mission was a difficult one."
    )
    assert_statements(body, [], title="President John Vask meets Special Representative of the Government of Mevaria "
                                      "Peter Torsk")


def test_gave_until_to_is_a_deadline_set():
    """"He gave the plant until the end of the year to open service centres in both countries." (hard15
    drevnia_tractor_works_visit): a deadline set, an order (GOLD-FORMAT: orders are statements)."""
    body = (
        "President Ales Vask visited the tractor works.\n\n"
        "He gave the plant until the end of the year to open service centres in both countries."
    )
    assert_statements(body, [
        ("Ales Vask", "indirect", "He gave the plant until the end of the year to open service centres in both countries."),
    ], title="President Ales Vask visits the tractor works")


def test_gave_a_name_until_is_no_order():
    """Guard: "gave the plant a new name until the end of the year" has no "to" and a verb after the time: no order."""
    body = (
        "President Ales Vask visited the tractor works.\n\n"
        "He gave the plant a new name until the end of the year."
    )
    assert_statements(body, [], title="President Ales Vask visits the tractor works")
