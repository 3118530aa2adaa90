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
