"""Readings the lead wrote in stop 39: a description with a lower-case "of" complement after a quotation ("“…,” the
head of the border service said."), and a lower-case office of a body before a name in apposition ("met with the head
of the Volta energy company, Pavel Mirek.") that a later "the head of the company" means.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

LEAD = "President of Kestria Alen Tarven visited the northern frontier on Monday."


def test_a_tag_whose_speaker_is_an_office_of_a_body_in_lower_case():
    """"“…,” the head of the border service said.": the description read forwards stops at "the head"; read back from
    the verb, it is the whole office, and the quotation is its holder's direct speech (not the whole sentence as
    reported speech)."""
    body = f"{LEAD}\n\n“The border is calm,” the head of the border service said.\n"
    assert_statements(body, [("the head of the border service", "direct", "The border is calm")])


def test_a_tag_whose_words_after_of_are_not_one_office_is_left_as_before():
    """The guard: "“…,” the head of the republic and the mayor said." — the words before the verb end in another
    phrase ("the mayor"), not the office read from "the head": no statement of "the head of the republic" alone."""
    body = f"{LEAD}\n\n“The border is calm,” the head of the republic and the mayor said.\n"
    assert_statements(body, [])


def test_a_lower_case_office_of_a_body_before_a_name_in_apposition_is_his():
    """"… met with the head of the Volta energy company, Pavel Mirek. “…,” the head of the company said.": the office
    before the name is his, so the later description is he, not the President who met him."""
    met = "President of Kestria Alen Tarven met with the head of the Volta energy company, Pavel Mirek."
    body = (f"{met}\n\n“We have completed the new line ahead of schedule,” the head of the company said.\n\n"
            "The head of the company also said that prices would fall.\n")
    assert_statements(body, [("Pavel Mirek", "direct", "We have completed the new line ahead of schedule"),
                             ("Pavel Mirek", "indirect", "The head of the company also said that prices would fall.")])


def test_a_lower_case_office_whose_last_word_is_no_body_gives_no_office():
    """The guard: "… met with the head of the team of the engineers, Pavel Mirek." — "engineers" is no body's noun,
    so no office is read for him and "the head of the team" later stays an unnamed description of its own."""
    met = "President of Kestria Alen Tarven met with the head of the team of the engineers, Pavel Mirek."
    body = f"{met}\n\n“We are ready,” the head of the team said.\n"
    assert_statements(body, [("the head of the team", "direct", "We are ready")])



def test_a_place_opened_by_a_compass_word_is_no_part_of_its_holders_name():
    """"Head of North Kestria Anna Maria Lind said …" (seventy-sixth kremlin_51409's title, "Prime Minister of North
    Ossetia-Alania Vyacheslav Bitarov", gave a speaker "Ossetia-Alania Vyacheslav Bitarov"): after "of North" the next
    capitalised word is the place's, the name the words after it."""
    said = "Head of North Kestria Anna Maria Lind said that the border would stay open."
    body = f"{said}\n\nMs Lind added that the new road would open in May.\n"
    assert_statements(body, [("Anna Maria Lind", "indirect", said),
                             ("Anna Maria Lind", "indirect", "Ms Lind added that the new road would open in May.")])


def test_a_known_country_after_a_compass_word_is_read_as_before():
    """The guard: "Prime Minister of North Macedonia Zoran Zaev said …": a country the tables know, two words, then
    the two words of his name."""
    said = "Prime Minister of North Macedonia Zoran Zaev said that the border would stay open."
    assert_statements(f"{said}\n", [("Zoran Zaev", "indirect", said)])



def test_a_bodys_abstract_noun_before_a_name_is_no_part_of_it():
    """A title "Meeting with Head of State Service for Roads, Forestry and Fire Supervision Pavel Kovel" (seventy-sixth
    kremlin_51417's, "… Technological and Nuclear Supervision Alexei Aleshin", gave a speaker "Nuclear Supervision
    Alexei Aleshin"): the words up to the body's abstract noun are the body's, the name the two words after it."""
    title = "Meeting with Head of State Service for Roads, Forestry and Fire Supervision Pavel Kovel"
    said = "Mr Kovel said that the fires were out."
    result = run(f"{said}\n", title=title)
    assert [(s.speaker, s.text) for s in result.statements] == [("Pavel Kovel", said)]
