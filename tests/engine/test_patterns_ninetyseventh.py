"""Rules from the ninety-seventh held-out set (president.gov.ua, March-April 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_said_this_during_an_online_briefing_only_says_where():
    """"Ukraine wants to sign a treaty … . X emphasized this during an online briefing at the Media
    Center.": "briefing" after "an online" names the event (a noun), no speech verb of the sentence's
    own, so the sentence only says where, and the lead before it is X's (73965)."""
    body = ("Norland wants to sign a treaty on security guarantees with its neighbours. Tomas Berg emphasized "
            "this during an online briefing at the Media Center. Tomas Berg noted that the talks went well.")
    assert_statements(body, [
        ("Tomas Berg", "indirect", "Norland wants to sign a treaty on security guarantees with its neighbours."),
        ("Tomas Berg", "indirect", "Tomas Berg noted that the talks went well."),
    ])


def test_said_this_while_briefing_someone_stays_a_statement():
    """The guard: an -ing form with no determiner before it is still a speech verb ("…, briefing
    the press on the talks"): the sentence says something of its own."""
    body = ("Norland wants to sign a treaty. Tomas Berg said this during a visit, briefing the press on the "
            "talks with the neighbours.")
    assert_statements(body, [
        ("Tomas Berg", "indirect", "Tomas Berg said this during a visit, briefing the press on the talks with "
                                   "the neighbours."),
    ])


def test_an_office_and_member_of_a_body_before_the_name_is_one_person():
    """"Adviser to the Head of the President's Office and member of the Ukrainian negotiating team
    Mykhailo Podolyak …": the office, "and member of" a body in lower-case words, then the name: one
    person who holds the office, so "The Adviser to the Head of the President's Office noted …" and
    "According to the Adviser …" are his (73965)."""
    body = ("Adviser to the Head of the President's Office and member of the Norland negotiating team Tomas "
            "Berg said that the talks went well. The Adviser to the Head of the President's Office noted that "
            "Norland has been fighting for a month. According to the Adviser to the Head of the President's "
            "Office, many countries will join the treaty.")
    assert_statements(body, [
        ("Tomas Berg", "indirect", "Adviser to the Head of the President's Office and member of the Norland "
                                   "negotiating team Tomas Berg said that the talks went well."),
        ("Tomas Berg", "indirect", "The Adviser to the Head of the President's Office noted that Norland has "
                                   "been fighting for a month."),
        ("Tomas Berg", "indirect", "According to the Adviser to the Head of the President's Office, many "
                                   "countries will join the treaty."),
    ])


def test_a_deputy_minister_and_a_member_of_a_board_is_known_by_the_office():
    """The same with "and a member of": "The Deputy Minister noted …" later is his."""
    body = ("Deputy Minister of Health and a member of the supervisory board Tomas Berg said that the hospitals "
            "are ready. The Deputy Minister noted that the supplies will arrive next week.")
    assert_statements(body, [
        ("Tomas Berg", "indirect", "Deputy Minister of Health and a member of the supervisory board Tomas Berg "
                                   "said that the hospitals are ready."),
        ("Tomas Berg", "indirect", "The Deputy Minister noted that the supplies will arrive next week."),
    ])


def test_a_change_of_position_carries_the_report_on():
    """"There are some movements, but it is more like a change of position or regrouping." after "He
    referred to … who said that the enemy has not withdrawn …": "position" after "a change of" is where
    troops stand, no stance of a speaker of its own, so the sentence carries his report on (73977)."""
    body = ("Tomas Berg met the press. He noted that the capital is calm. He referred to President Anton Varga "
            "who said that the enemy has not yet left the north. There are some movements, but it is more like "
            "a change of position or regrouping. Tomas Berg noted that the enemy will attack the east.")
    assert_statements(body, [
        ("Tomas Berg", "indirect", "He noted that the capital is calm."),
        ("Tomas Berg", "indirect", "He referred to President Anton Varga who said that the enemy has not yet "
                                   "left the north."),
        ("Tomas Berg", "indirect", "There are some movements, but it is more like a change of position or "
                                   "regrouping."),
        ("Tomas Berg", "indirect", "Tomas Berg noted that the enemy will attack the east."),
    ])
