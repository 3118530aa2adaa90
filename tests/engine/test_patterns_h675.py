"""Statements found by helper h675's set fivehundredthird (the Office of the President of Kosovo's English pages):
"X in conversation with Y, who …, and with Z, spoke about …" (the people met are no subject), "X on this occasion
said …" (an aside with no commas), "gave her support to …" (support voiced), "she stipulated, that …".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_subject_before_in_conversation_with():
    """"President X in conversation with Ambassador Y, who has served …, and with the students …, spoke about …": Y is
    met, the words are X's (before, Y's: the last name before the verb)."""
    assert_statements((
        "President Marela Ostrovin received today the Dean of the Halvern School of Diplomacy, Tobiah Quenneville, who "
        "was accompanied by a group of students.\n\n"
        "President Ostrovin in conversation with Ambassador Quenneville, who has served as head of the U.S. Office in "
        "Dravonia, and with the group of students, spoke about the achievements of the Republic of Dravonia."
    ), [
        ("Marela Ostrovin", "indirect", "President Ostrovin in conversation with Ambassador Quenneville, who has served "
                                        "as head of the U.S. Office in Dravonia, and with the group of students, spoke "
                                        "about the achievements of the Republic of Dravonia."),
    ])


def test_subject_before_in_a_meeting_with_set_off_by_commas():
    """The same with commas and a verb with a that-clause: "X, in a meeting with Y, who …, stressed that …"."""
    assert_statements((
        "President Marela Ostrovin received Foreign Minister Anselm Trevik of Korvia.\n\n"
        "President Ostrovin, in a meeting with Minister Trevik, who arrived yesterday, and with his delegation, stressed "
        "that Dravonia remains committed to the talks."
    ), [
        ("Marela Ostrovin", "indirect", "President Ostrovin, in a meeting with Minister Trevik, who arrived yesterday, "
                                        "and with his delegation, stressed that Dravonia remains committed to the "
                                        "talks."),
    ])


def test_on_this_occasion_between_subject_and_verb():
    """"President X on this occasion said that …, Madam President said that …": "on this occasion" is an aside between
    the subject and the verb, as "during the meeting" (before, the first clause was nobody's)."""
    assert_statements((
        "President Marela Ostrovin received Foreign Minister Anselm Trevik of Korvia.\n\n"
        "President Ostrovin on this occasion said that the agreement closes the chapter of the past, Madam President "
        "said that this agreement contributes towards peace in the region."
    ), [
        ("Marela Ostrovin", "indirect", "President Ostrovin on this occasion said that the agreement closes the chapter "
                                        "of the past, Madam President said that this agreement contributes towards "
                                        "peace in the region."),
    ])


def test_gave_her_support_to():
    """"President X gave her support to the activities of the Government …": support voiced in a meeting, as
    "expressed her support" (before, no statement)."""
    assert_statements((
        "President Marela Ostrovin received Prime Minister Joakim Belvedere.\n\n"
        "President Ostrovin gave her support to the activities of the Government in the talks with Korvia."
    ), [
        ("Marela Ostrovin", "indirect", "President Ostrovin gave her support to the activities of the Government in "
                                        "the talks with Korvia."),
    ])


def test_stipulated_with_a_that_clause():
    """"For this reason, she stipulated, that it is up to …": a condition stated, carried by "stipulated" with its
    that-clause (before, no statement)."""
    assert_statements((
        "President Marela Ostrovin met the High Representative, Anselm Trevik.\n\n"
        "President Ostrovin pointed out that Dravonia has met all the criteria. For this reason, she stipulated, that "
        "it is up to the Union now to fulfil its promises."
    ), [
        ("Marela Ostrovin", "indirect", "President Ostrovin pointed out that Dravonia has met all the criteria."),
        ("Marela Ostrovin", "indirect", "For this reason, she stipulated, that it is up to the Union now to fulfil its "
                                        "promises."),
    ])


def test_terms_to_be_stipulated_are_no_statement():
    """Guard: "The modalities … are to be stipulated in an agreement." is a passive of a document's terms: the
    President's report before it is not cut short by a cue of nobody."""
    assert_statements((
        "President Marela Ostrovin received Prime Minister Joakim Belvedere.\n\n"
        "President Ostrovin said that the two governments would set up a joint venture. The modalities of the venture "
        "are to be stipulated in an inter-governmental agreement."
    ), [
        ("Marela Ostrovin", "indirect", "President Ostrovin said that the two governments would set up a joint venture."),
        ("Marela Ostrovin", "indirect", "The modalities of the venture are to be stipulated in an inter-governmental "
                                        "agreement."),
    ])
