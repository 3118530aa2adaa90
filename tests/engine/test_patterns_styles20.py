"""Readings of the twentieth styles set (`benchmarks/styles20/`): readouts in the shapes of the corpus's Kremlin
2021–2022 and President of Ukraine 2022 folders, where each item's paragraphs are joined into one.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_answers_labelled_inside_a_joined_question_paragraph_are_the_answerers():
    """"Question: …? Tomas Varrel: …. Question: …? Tomas Varrel: …" in one paragraph (twentieth styles karsovia
    presidency interview to a Valmerian newspaper): the questions are no one's, each labelled answer is the
    answerer's, and a question that reports someone's words stays no one's."""
    body = (
        "Ahead of his visit to Ostrel, Tomas Varrel gave an interview to a newspaper of Ostrel.\n\n"
        "Question: Mr President, what do you expect from the visit? Tomas Varrel: I expect a frank conversation "
        "about trade. Our economies complement each other well. Question: Your Minister of Finance said that the "
        "loan would be repaid early. Is this so? Tomas Varrel: It is, if the prices hold. Question: Thank you, "
        "Mr President."
    )
    assert_statements(body, [
        ("Tomas Varrel", "direct", "I expect a frank conversation about trade. Our economies complement each other well."),
        ("Tomas Varrel", "direct", "It is, if the prices hold."),
    ], title="Interview to a newspaper of Ostrel")


def test_a_question_paragraph_with_a_colon_and_no_label_stays_no_ones():
    """Guard: a "Question:" paragraph whose question quotes words after a colon holds no label: no one's; the
    unlabelled answer after it stays the answerer's, as before."""
    body = (
        "Ahead of his visit to Ostrel, Tomas Varrel gave an interview to a newspaper of Ostrel.\n\n"
        "Question: Mr President, the opposition has a slogan: Trade First. Do you agree with it?\n\n"
        "No, I do not think trade comes before security."
    )
    assert_statements(body, [
        ("Tomas Varrel", "direct", "No, I do not think trade comes before security."),
    ], title="Interview to a newspaper of Ostrel")


def test_an_aside_in_angle_brackets_after_a_label_is_no_ones():
    """"Secretary of the Security Council X: <on the exercises held in May> The joint exercises …" (twentieth styles
    karsovia presidency security council water): the editor's note right after the label's colon is no one's; the
    speaker's words begin after it."""
    body = (
        "Tomas Varrel held a meeting with permanent members of the Security Council.\n\n"
        "Tomas Varrel: Good afternoon, colleagues. Let us begin. Secretary of the Security Council Ivar Lund: "
        "<on the exercises held in April> The exercises showed that the small utilities are the weakest link. "
        "Tomas Varrel: Then let us begin with them."
    )
    assert_statements(body, [
        ("Tomas Varrel", "direct", "Good afternoon, colleagues. Let us begin."),
        ("Ivar Lund", "direct", "The exercises showed that the small utilities are the weakest link."),
        ("Tomas Varrel", "direct", "Then let us begin with them."),
    ], title="Meeting with permanent members of the Security Council")


def test_an_aside_in_angle_brackets_inside_a_turn_stays_in_it():
    """Guard: a note in angle brackets after the turn's first words is left in the speaker's words."""
    body = (
        "Tomas Varrel held a meeting with permanent members of the Security Council.\n\n"
        "Tomas Varrel: Good afternoon, colleagues. Secretary of the Security Council Ivar Lund: The exercises "
        "<held in April> showed that the small utilities are the weakest link."
    )
    assert_statements(body, [
        ("Tomas Varrel", "direct", "Good afternoon, colleagues."),
        ("Ivar Lund", "direct", "The exercises held in April showed that the small utilities are the weakest link."),
    ], title="Meeting with permanent members of the Security Council")
