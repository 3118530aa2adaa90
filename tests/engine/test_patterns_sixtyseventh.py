"""Patterns found by the sixty-seventh held-out set (benchmarks/heldout/sixtyseventh/, real
president.gov.ua readouts of November 2021): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_after_the_in_a_title_is_a_thing_not_the_host():
    """Title "President: The next direction of the Great Building - the new port - starts
    today": "the Great Building" is a programme, not a person, so the readout's "the President"
    and "the Head of State" stay the named President's (71505)."""
    title = "President: The next direction of the Great Building - the new port - starts today"
    body = ("President of Norland Petr Vask spoke at a forum in Ostra. The Head of State noted that two years "
            "ago the programme began with roads. \"Today we present the new port,\" the President said.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "The Head of State noted that two years ago the programme began with roads."),
        ("Petr Vask", "direct", "Today we present the new port,"),
    ], title=title)


def test_a_subtitled_forum_name_leaves_the_lead_to_the_speaker():
    """"… This was stated by President X during a speech at the "Great Building: A New Port"
    Forum.": the quoted name with its subtitle is no one's words, so the lead is X's and this
    sentence only says where he spoke (71505)."""
    body = ("Renewal of the port will be the next area of the programme. This was stated by President of "
            "Norland Petr Vask during a speech at the \"Great Building: A New Port\" Forum. The President "
            "noted that the works had begun.")
    assert_statements(body, [
        ("Petr Vask", "indirect", "Renewal of the port will be the next area of the programme."),
        ("Petr Vask", "indirect", "The President noted that the works had begun."),
    ])


def test_the_presidents_press_secretary_is_the_press_secretary_of_the_president():
    """"The President's Press Secretary also informed that …" after "Press Secretary of the
    President of X Jan Holub": the possessive names the same office, all its words (71485)."""
    body = ("Press Secretary of the President of Norland Jan Holub spoke to media. The President's Press "
            "Secretary also informed that Ana Lind will join the delegation.")
    assert_statements(body, [
        ("Jan Holub", "indirect", "The President's Press Secretary also informed that Ana Lind will join the "
                                  "delegation."),
    ])


def test_a_quoted_firm_name_before_the_speakers_name_is_not_his_words():
    """"Chairman of the Board of PJSC "Ostra Car Works" Jan Holub told the President that …": the
    quotation ends on no punctuation and only a space parts it from the name, so it is the firm's
    name in his office; the sentence is his indirect statement (71501)."""
    body = ("President of Norland Petr Vask inspected a new train. During a short trip, Chairman of the Board "
            "of PJSC \"Ostra Car Works\" Jan Holub told the President that the train meets European standards.")
    assert_statements(body, [
        ("Jan Holub", "indirect", "During a short trip, Chairman of the Board of PJSC \"Ostra Car Works\" Jan "
                                  "Holub told the President that the train meets European standards."),
    ])


def test_one_person_focused_on_is_a_statement():
    """"He focused on Ostria's exercises …" after the Deputy Head's briefing: one person who
    focused on a subject spoke of it; "The discussion focused on …" (no person) and "The
    parties focused on …" (a group) stay narrative (71489)."""
    body = ("Deputy Head of the Office Jan Holub met with Ambassador of Ostria Ana Lind. Jan Holub informed "
            "Ana Lind about the situation. He focused on Ostria's exercises near the border. The discussion "
            "focused on energy. The parties focused on trade.")
    assert_statements(body, [
        ("Jan Holub", "indirect", "Jan Holub informed Ana Lind about the situation."),
        ("Jan Holub", "indirect", "He focused on Ostria's exercises near the border."),
    ])


def test_focused_on_before_a_gerund_is_a_bodys_aim():
    """"… a research collaborative supporting Ostrian Institutions focused on addressing …":
    the participle of what a body aims at, no one's speech (the guard of the rule above)."""
    body = ("Vice President Ana Lind met with state legislators. Ana Lind announced funding for home visits "
            "and a research collaborative supporting Ostrian Institutions focused on addressing health disparities.")
    assert_statements(body, [
        ("Ana Lind", "indirect", "Ana Lind announced funding for home visits and a research collaborative "
                                 "supporting Ostrian Institutions focused on addressing health disparities."),
    ])
