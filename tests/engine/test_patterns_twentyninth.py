"""Patterns found by the twentyninth held-out set (benchmarks/heldout/twentyninth/, White House
readouts): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_passive_with_a_list_of_agents_is_a_group():
    """"The President was briefed by Administrator A, Advisor B, and Director C on …": several
    people brief him together, a group (fifteenth/ NOTES: "a passive with two agents, group");
    the first of them does not speak alone. One agent alone still speaks."""
    body = ("The President was briefed by Disaster Administrator Mara Lind, Security Advisor Tomas Ekberg, and "
            "Deputy Chief of Staff Rhea Moss on the floods that hit three provinces overnight. Administrator Lind "
            "described the damage to the river towns.\n\n"
            "The Council was briefed by Administrator Mara Lind, Advisor Tomas Ekberg and Director Rhea Moss on "
            "the drought.\n\n"
            "The Governor was briefed by Disaster Administrator Mara Lind on the floods.")
    assert_statements(body, [
        ("Mara Lind", "indirect", "Administrator Lind described the damage to the river towns."),
        ("Mara Lind", "indirect", "The Governor was briefed by Disaster Administrator Mara Lind on the floods."),
    ])


def test_a_passive_with_an_aside_or_a_clause_after_its_agent_keeps_the_agent():
    """"was briefed by Administrator A, the head of the agency, on …": an aside, not a list;
    "was raised by the prime minister, and the vice president assured him …" (hard8/): a clause
    joined after the agent, not a list of two."""
    body = ("The President was briefed by Administrator Mara Lind, the head of the disaster agency, on the floods. "
            "The President thanked the crews.\n\n"
            "Vice President Ada Ferren met with Prime Minister Ro Min-seok of Chosalia. Concern about the tariffs "
            "was raised by the prime minister, and the vice president assured him that she understood.")
    assert_statements(body, [
        ("Mara Lind", "indirect", "The President was briefed by Administrator Mara Lind, the head of the "
                                  "disaster agency, on the floods."),
        ("The President", "indirect", "The President thanked the crews."),
        ("Ro Min-seok", "indirect", "Concern about the tariffs was raised by the prime minister"),
        ("Ada Ferren", "indirect", "the vice president assured him that she understood."),
    ])


def test_what_will_be_done_for_the_speaker_does_not_carry_on_his_words():
    """"The President has directed that … . Because …, further briefings will be provided to the
    President …": a passive whose receiver is an official tells what will be done for him, the
    readout's voice, not more of his order."""
    body = ("The President spoke with Governor Mara Lind of Ostria. The President has directed that federal "
            "resources be surged immediately to the river towns. Because damage assessments are ongoing, further "
            "briefings will be provided to the President in the course of the day.")
    assert_statements(body, [
        ("The President", "indirect", "The President has directed that federal resources be surged immediately "
                                      "to the river towns."),
    ])


def test_a_meeting_body_that_acts_between_two_statements_is_narrative():
    """"Today, the fourth meeting of the Steering Committee … . Lind underscored … . The Steering
    Committee identified next steps … . Lind thanked …": the body whose meeting this is does
    something itself (a past act); the sentence does not carry on Lind's words. Another body's
    act told between two statements of one person is still theirs: the Prime Minister reports
    what his government did (dev ua_…-72145)."""
    body = ("Today, the fourth meeting of the Steering Committee of the Ostrian recovery platform was held in Tarvik. "
            "Deputy Advisor Mara Lind welcomed efforts by donors to mobilize assistance. Lind underscored the urgency "
            "of the platform delivering on its mandate. The Steering Committee identified immediate next steps to make "
            "progress on this front in the weeks ahead. Lind thanked Veloria for its collaboration.\n\n"
            "A meeting of the Energy Coordination Headquarters was held. Prime Minister Ivo Maren said the situation "
            "is stable. The Government and the Ministry of Energy coordinated work with the grid operators to resolve "
            "the coal shortages. Maren said that stocks are growing.")
    assert_statements(body, [
        ("Mara Lind", "indirect", "Deputy Advisor Mara Lind welcomed efforts by donors to mobilize assistance."),
        ("Mara Lind", "indirect", "Lind underscored the urgency of the platform delivering on its mandate."),
        ("Mara Lind", "indirect", "Lind thanked Veloria for its collaboration."),
        ("Ivo Maren", "indirect", "Prime Minister Ivo Maren said the situation is stable."),
        ("Ivo Maren", "indirect", "The Government and the Ministry of Energy coordinated work with the grid "
                                  "operators to resolve the coal shortages."),
        ("Ivo Maren", "indirect", "Maren said that stocks are growing."),
    ])


def test_a_speech_verb_joined_inside_a_who_clause_is_the_clauses():
    """"Director X facilitated a discussion with mayors and city officials who shared … and
    described how …": both speech verbs belong to the relative clause (its people, a group),
    not to the sentence's subject. ("… with families who lost their homes and expressed his
    condolences": the first verb after "who" says nothing, so "expressed" is the subject's.)"""
    body = ("Yesterday, Policy Advisor Mara Lind convened a meeting of the Safe Streets Collaborative. Affairs "
            "Director Tomas Ekberg facilitated a discussion with mayors and city officials who shared their "
            "commitment to support the programs and described how the Collaborative is helping them. Mayor Rhea "
            "Moss outlined her belief that the programs have helped.\n\n"
            "Governor Ivo Maren met with families who lost their homes and expressed his condolences.")
    assert_statements(body, [
        ("Rhea Moss", "indirect", "Mayor Rhea Moss outlined her belief that the programs have helped."),
        ("Ivo Maren", "indirect", "Governor Ivo Maren met with families who lost their homes and expressed his "
                                  "condolences."),
    ])
