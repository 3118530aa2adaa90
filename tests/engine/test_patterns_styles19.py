"""Readings of the nineteenth styles set (`benchmarks/styles19/`): readouts in the styles of the corpus's own sources,
built around how speech is introduced in the middle of a long item.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_read_aloud_by_an_aide_is_its_owners():
    """"Gleb Saveliev's message of greetings … was read aloud at the opening session … by Presidential Aide Yana Orlik."
    then a quotation over two paragraphs (nineteenth styles dalvinia rural doctors greeting): the quoted message is the
    owner's (named before the possessive, by no office), not the reader's, nor no one's."""
    body = (
        "Orest Kalvane's message of greetings to the participants in the Congress of Foresters was read aloud at the "
        "opening session in Merel by Presidential Aide Talvo Brisk.\n\n"
        "“Dear friends, I warmly greet you on the opening of your congress.\n\n"
        "Our forests are our wealth, and I count on your experience.”\n\n"
        "After reading the message, Talvo Brisk told the delegates that the congress would be held every year."
    )
    assert_statements(body, [
        ("Orest Kalvane", "direct", "Dear friends, I warmly greet you on the opening of your congress."),
        ("Orest Kalvane", "direct", "Our forests are our wealth, and I count on your experience."),
        ("Talvo Brisk", "indirect",
         "After reading the message, Talvo Brisk told the delegates that the congress would be held every year."),
    ], title="Greetings to participants in the Congress of Foresters")


def test_a_quotation_the_reader_says_after_the_message_stays_the_readers():
    """Guard: after the same lead-in, a quotation with its own cue (`“…,” Talvo Brisk said.`) is the reader's."""
    body = (
        "Orest Kalvane's message of greetings to the participants in the Congress of Foresters was read aloud at the "
        "opening session in Merel by Presidential Aide Talvo Brisk.\n\n"
        "“The President asked me to tell you that he follows your work closely,” Talvo Brisk said."
    )
    assert_statements(body, [
        ("Talvo Brisk", "direct", "The President asked me to tell you that he follows your work closely,"),
    ], title="Greetings to participants in the Congress of Foresters")


def test_a_frames_pronoun_tells_the_sex_of_a_name_no_list_sexes():
    """"In his words, …" of the host, whose first name no list sexes, then "In her opinion, …" of the woman who spoke
    before him (nineteenth styles ombria lisvania foreign minister): "his" tells that the host is a man, so "her" is
    the guest, not the last subject."""
    body = (
        "President of Kaldoria Orest Kalvane met with Minister of Foreign Affairs of Vestmark Rinna Solvik.\n\n"
        "Rinna Solvik conveyed to the President the support of her people and announced new aid for schools.\n\n"
        "The President thanked Vestmark for its steady help.\n\n"
        "In his words, the return of the refugees depends above all on security.\n\n"
        "In her opinion, a coalition could be formed by the end of the year."
    )
    assert_statements(body, [
        ("Rinna Solvik", "indirect",
         "Rinna Solvik conveyed to the President the support of her people and announced new aid for schools."),
        ("Orest Kalvane", "indirect", "The President thanked Vestmark for its steady help."),
        ("Orest Kalvane", "indirect", "In his words, the return of the refugees depends above all on security."),
        ("Rinna Solvik", "indirect", "In her opinion, a coalition could be formed by the end of the year."),
    ], title="Orest Kalvane met with the Minister of Foreign Affairs of Vestmark")


def test_a_frames_pronoun_of_the_last_subject_keeps_him():
    """Guard: "In his opinion, …" right after the host spoke, with no woman between, stays the host's; and a later
    "He added …" is still his."""
    body = (
        "President of Kaldoria Orest Kalvane met with Prime Minister of Vestmark Talvo Brisk.\n\n"
        "Talvo Brisk informed the President about the new railway.\n\n"
        "The President thanked Vestmark for its steady help.\n\n"
        "In his opinion, the railway could open by the end of the year.\n\n"
        "He added that Kaldoria would pay for the bridge."
    )
    assert_statements(body, [
        ("Talvo Brisk", "indirect", "Talvo Brisk informed the President about the new railway."),
        ("Orest Kalvane", "indirect", "The President thanked Vestmark for its steady help."),
        ("Orest Kalvane", "indirect", "In his opinion, the railway could open by the end of the year."),
        ("Orest Kalvane", "indirect", "He added that Kaldoria would pay for the bridge."),
    ], title="Orest Kalvane met with the Prime Minister of Vestmark")


def test_unlabelled_answers_after_question_lines_are_the_interviewees():
    """"Question: Mr President, …? / No, we learned about it from the newspapers … / We have already signed …"
    (nineteenth styles mirrevia president interview excerpts): an interview's answers printed with no label after
    "Question:" lines are the interviewee's (as after "A:"), one statement a paragraph; the questions are no one's."""
    body = (
        "President of Kaldoria Orest Kalvane gave an interview to the newspaper Merel Courier.\n\n"
        "Question: Mr President, will the gas agreement be extended?\n\n"
        "No, we learned about it from the newspapers, like everyone else.\n\n"
        "We have already signed a contract for liquefied gas through the port.\n\n"
        "Question: And the rest?\n\n"
        "Storage and savings. I am an optimist."
    )
    assert_statements(body, [
        ("Orest Kalvane", "direct", "No, we learned about it from the newspapers, like everyone else."),
        ("Orest Kalvane", "direct", "We have already signed a contract for liquefied gas through the port."),
        ("Orest Kalvane", "direct", "Storage and savings. I am an optimist."),
    ], title="Interview of the President of Kaldoria to the newspaper Merel Courier")


def test_a_question_that_goes_on_after_a_question_line_stays_no_ones():
    """Guard: a paragraph with no label that asks again after "Question:" (kremlin 47126: "And if I may, a second,
    specific question …?") is the question going on, not an answer."""
    body = (
        "President of Kaldoria Orest Kalvane gave an interview to the newspaper Merel Courier.\n\n"
        "Question: Mr President, will the gas agreement be extended?\n\n"
        "And if I may, a second question about the port. Why has it been delayed?\n\n"
        "Orest Kalvane: The port will open next year."
    )
    assert_statements(body, [
        ("Orest Kalvane", "direct", "The port will open next year."),
    ], title="Interview of the President of Kaldoria to the newspaper Merel Courier")
