"""Patterns found by the seventythird held-out set (real White House readouts, 2021-2025).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_passive_with_agents_set_off_by_semicolons_is_a_group():
    """"He was briefed by Secretary A; Secretary B; and Director C.": a list of agents set off by
    semicolons, as one with commas is; no one of them speaks alone. One agent before a semicolon
    and a new clause stays that agent's."""
    body = (
        "President Anton Rusk met today with Cabinet members to receive a briefing on the storm season. "
        "He was briefed by Secretary of the Interior Mara Lind; Secretary of Agriculture Tomas Halvorsen; "
        "and Director of the Weather Service Dr. Ilse Varga. "
        "Dr. Ilse Varga previewed the new forecast system.\n\n"
        "The request was raised by Governor Petra Osk; the President assured her of support."
    )
    assert_statements(body, [
        ("Ilse Varga", "indirect", "Dr. Ilse Varga previewed the new forecast system."),
        ("Petra Osk", "indirect", "The request was raised by Governor Petra Osk"),
        ("Anton Rusk", "indirect", "the President assured her of support."),
    ])


def test_indicated_with_a_pronoun_clause_is_a_speech_verb():
    """"…; they indicated they have gotten what they need": "indicated" with a clause that has no
    "that" (a pronoun and its verb) reports speech, so the rescuers' clause (a group) is cut from
    the President's; "President X indicated he would attend …" is X's."""
    body = (
        "President Anton Rusk spoke today with two rescue pilots of the Coast Guard. "
        "He also asked if they needed any additional support that he can provide; "
        "they indicated they have gotten what they need.\n\n"
        "President Tomas Halvorsen indicated he would attend the summit in May."
    )
    assert_statements(body, [
        ("Anton Rusk", "indirect", "He also asked if they needed any additional support that he can provide"),
        ("Tomas Halvorsen", "indirect", "President Tomas Halvorsen indicated he would attend the summit in May."),
    ])


def test_two_people_each_with_an_office_aside_speak_together():
    """"A, Senior Advisor to the President and Director of …, and B, Domestic Policy Advisor,
    welcomed participants …": two people, each set off by an office of their own, are one
    subject: a group, not B alone."""
    body = (
        "Yesterday, the White House convened 30 farmers. Tomas Halvorsen, Senior Advisor to the President "
        "and Director of the Office of Public Engagement, and Mara Lind, White House Domestic Policy Advisor, "
        "welcomed participants to the discussion, providing updates on the work of the Administration. "
        "Secretary of Agriculture Ilse Varga then shared details on the vision of the Department."
    )
    assert_statements(body, [
        ("Ilse Varga", "indirect", "Secretary of Agriculture Ilse Varga then shared details on the vision of "
         "the Department."),
    ])


def test_plural_noun_that_ends_a_clause_is_no_speech_verb():
    """"… in reforming international organizations to reflect Ostravan voices.": "voices" with no
    object after it is the plural noun, not a group's verb that would cut the President's
    statement before ", and on shared interests …"."""
    body = (
        "President Anton Rusk spoke today with President Tomas Halvorsen of Ostrava. "
        "In particular, President Rusk expressed appreciation for cooperation on law enforcement, "
        "for collaboration on new technologies, and on shared interests in reforming international "
        "organizations to reflect Ostravan voices."
    )
    assert_statements(body, [
        ("Anton Rusk", "indirect", "In particular, President Rusk expressed appreciation for cooperation on law "
         "enforcement, for collaboration on new technologies, and on shared interests in reforming "
         "international organizations to reflect Ostravan voices."),
    ])


def test_second_speaker_after_and_keeps_the_body_before_his_office():
    """"…, and Department of Treasury Counselor to the Secretary X discussed …": the second
    speaker's clause starts right after "and", with the body his office belongs to. A subject that
    opens with a lower-case "the" after a name ("… Smuggling and Border Task Force the Vice President
    announced …") is a relative clause's: the name is not hers, and the relative clause on the title,
    its verb with no object, is no statement of hers (nineteenth 2022-01-10's gold; h595)."""
    body = (
        "Earlier in the day, the mayors met with the Secretary of Labor. Domestic Policy Advisor Mara Lind "
        "provided an overview of the resources available to cities, and Department of Treasury Counselor "
        "to the Secretary Tomas Halvorsen discussed implementation of recovery programs.\n\n"
        "The two leaders discussed the work of the Anti-Smuggling and Border Task Force the Vice President "
        "announced during her visit."
    )
    assert_statements(body, [
        ("Mara Lind", "indirect", "Domestic Policy Advisor Mara Lind provided an overview of the resources "
         "available to cities"),
        ("Tomas Halvorsen", "indirect", "Department of Treasury Counselor to the Secretary Tomas Halvorsen "
         "discussed implementation of recovery programs."),
    ])
