"""Rules from the hundred-twenty-fourth held-out set (president.gov.ua, April - June 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_relatives_sentence_between_two_statements_is_narrative():
    """"… the President said. At the hospital, X talked to the boy and his grandmother. The boy's mother died during
    the bombing … . The President inquired about his health." (74585): a sentence whose subject is someone's
    relative tells of that person, it carries on no one's words. Before, it was read as the President's words
    between two of his statements."""
    body = ("President Ivo Marr visited the children's hospital in Tarn. "
            "\"We will fight for every child,\" the President said. "
            "The boy's mother died during the shelling of Dorn. "
            "The President inquired about his health and plans.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "We will fight for every child"),
        ("Ivo Marr", "indirect", "The President inquired about his health and plans."),
    ])


def test_her_father_and_her_mother_are_no_words_of_the_speaker():
    """The same class with "Her father, …, died …" and "Her mother died …" between two statements of one person
    (74585's second child)."""
    body = ("President Ivo Marr visited the children's hospital in Tarn. "
            "Ivo Marr congratulated Lena Vost on her birthday. "
            "Her father, a former captain of the national team, died in Dorn. "
            "Her mother died a long time ago. "
            "\"Thank you for your work,\" he said.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr congratulated Lena Vost on her birthday."),
        ("Ivo Marr", "direct", "Thank you for your work"),
    ])


def test_the_clergy_acting_after_a_question_ends_the_report():
    """"Boris X inquired about the history of the monastery … . The clergy presented the icon … to the Prime
    Minister as a gift." (75873): the clergy, people, act; the sentence does not carry on the guest's question.
    Before, "The clergy" was read as a thing and the sentence given to the Prime Minister."""
    body = ("President Ivo Marr and Prime Minister of Tesland Karl Dunn visited the monastery in Tarn. "
            "Karl Dunn inquired about the history of the monastery. "
            "The clergy presented an icon to the Prime Minister as a gift.")
    assert_statements(body, [
        ("Karl Dunn", "indirect", "Karl Dunn inquired about the history of the monastery."),
    ])


def test_but_added_that_after_an_attribution_is_a_second_report():
    """"“…,” the Head of State said, but added that the possibility of ending the war through diplomatic decisions
    must not be lost." (74237): a "but" joins a second report to the quotation's attribution as "and" does. Before,
    the "but added that" clause was given to no one."""
    body = ("President Ivo Marr gave an interview to a news agency. "
            "\"It is emotionally difficult,\" the President said, but added that the talks must not be lost.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "It is emotionally difficult"),
        ("Ivo Marr", "indirect", "added that the talks must not be lost."),
    ])
