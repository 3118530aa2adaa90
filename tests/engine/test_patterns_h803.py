"""Statements found by helper h803 (known errors of labelled sets, no new set):
- "Mr X was greeted by <ACRONYM>'s President Y. "…", said the President.": Y, named holding the office, says the
  quotation, not the untitled X named first (before, the readout's untitled principal took every bare "the
  President", a reading meant for "Vladimir Putin met …; the President said").
- "The Minister while extending a warm welcome to Y stated that …" (fivehundredsixtysixth, Pakistan's Finance
  Division): a "while <-ing> …" clause with no comma between the subject that opens the sentence and its verb; the
  people in it are the participle's objects, the verb the opening subject's (before, Y's, the name nearest the verb).
- "<Office, no name> made a speech on behalf of the delegation. He remarked that …" (fivehundredninetyseventh, Hunan):
  an office that names no one opens the sentence before and acts there without speaking; "He" is its unnamed holder,
  known by the office as written (before, the last named person who spoke).
- "Dr X wanted the ambassadors to look for investors …" (fivehundredeightythird, Zanzibar; hard65): a request made of
  people ("wanted <people> to <verb>"), as "urged them to" (before, no statement).
- "X and other delegation members all expressed admiration …. He believed that …" (fivehundredsixtyfourth, Shanghai):
  the pronoun after a group subject that names one person and the rest is that person (before, the last lone speaker).
- "World Bank (WB) Country Director X called on … and felicitated him …" (fivehundredsixtysixth): a body's name and its
  initials in brackets before the holder's office and name; the holder is the sentence's subject (before, no statement).

Each test is a small invented readout (invented people and bodies); the rule's test fails without it, and the guards
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_said_the_president_is_the_organisations_head_named_with_the_office():
    """Before, "We are glad to see you here" was Tomas Ravel's, the untitled guest named first."""
    assert_statements((
        "Mr Tomas Ravel was greeted by AGFD's President Lena Ostrova.\n\n"
        "“We are glad to see you here,” said the President."
    ), [
        ("Lena Ostrova", "direct", "We are glad to see you here"),
    ])


def test_the_untitled_principal_stays_the_president_beside_a_countrys_president():
    """Guard: "Kazakhstan's President" is a country's, not an organisation's: the untitled writer stays "the
    President" (the Kremlin's "Vladimir Putin met …; the President said")."""
    assert_statements((
        "Vladimir Putin met with Kazakhstan's President Kassym Tomarov.\n\n"
        "“We are glad to see you here,” said the President."
    ), [
        ("Vladimir Putin", "direct", "We are glad to see you here"),
    ])


_CALLED_ON = "Ambassador Tom Vell called on Finance Minister Ida Morn in Lirea.\n\n"


def test_subject_before_a_while_clause_with_no_comma_speaks():
    """Before, the sentence was Tom Vell's, the name right before "stated"."""
    assert_statements(_CALLED_ON + (
        "Finance Minister while extending a warm welcome to Tom Vell stated that the two countries enjoy strong ties."
    ), [
        ("Ida Morn", "indirect",
         "Finance Minister while extending a warm welcome to Tom Vell stated that the two countries enjoy strong ties."),
    ])


def test_subject_before_a_while_clause_with_a_name_inside_speaks():
    """Before, "The minister while sharing with Vell details … also discussed …" was no statement."""
    assert_statements(_CALLED_ON + (
        "The minister while sharing with Vell details regarding the visit of the Bank's president also discussed the "
        "programme."
    ), [
        ("Ida Morn", "indirect", "The minister while sharing with Vell details regarding the visit of the Bank's "
                                 "president also discussed the programme."),
    ])


def test_remarks_made_while_taking_part_stay_narrative():
    """Guard: "The President made these remarks while participating in a progress review meeting" says where he
    spoke (the "while" clause follows an object, not the subject), no statement."""
    assert_statements((
        "President Ida Morn stressed that the dam must be finished this year.\n\n"
        "The President made these remarks while participating in a progress review meeting held at the Secretariat."
    ), [
        ("Ida Morn", "indirect", "President Ida Morn stressed that the dam must be finished this year."),
    ])


_MET_A_DELEGATION = ("Vice Governor Xiang Tomin met with a delegation from Lirea.\n\n"
                     "Xiang welcomed the guests. He said that Hunan is open to cooperation.\n\n")


def test_he_after_an_unnamed_office_that_acted_is_that_office():
    """Before, "He remarked …" was Xiang Tomin's."""
    assert_statements(_MET_A_DELEGATION + (
        "The Lirean ambassador made a speech on behalf of the delegation. He remarked that Hunan is rich in history."
    ), [
        ("Xiang Tomin", "indirect", "Xiang welcomed the guests."),
        ("Xiang Tomin", "indirect", "He said that Hunan is open to cooperation."),
        ("The Lirean ambassador", "indirect", "He remarked that Hunan is rich in history."),
    ])


def test_he_after_an_office_of_a_body_with_no_article_is_that_office():
    """Before, "He remarked …" was Xiang Tomin's (the office named with its chamber, no article, no name)."""
    assert_statements(_MET_A_DELEGATION + (
        "Lirea Chamber of Deputies Senior Advisor made a speech on behalf of the delegation. He remarked that Hunan is "
        "rich in history."
    ), [
        ("Xiang Tomin", "indirect", "Xiang welcomed the guests."),
        ("Xiang Tomin", "indirect", "He said that Hunan is open to cooperation."),
        ("Lirea Chamber of Deputies Senior Advisor", "indirect", "He remarked that Hunan is rich in history."),
    ])


def test_he_after_a_body_that_acted_stays_the_last_speaker():
    """Guard: a body opening the sentence before ("The Ministry of Justice") is no one's office: "He" stays Xiang."""
    assert_statements(_MET_A_DELEGATION + (
        "The Ministry of Justice prepared a report on the visit. He remarked that Hunan is rich in history."
    ), [
        ("Xiang Tomin", "indirect", "Xiang welcomed the guests."),
        ("Xiang Tomin", "indirect", "He said that Hunan is open to cooperation."),
        ("Xiang Tomin", "indirect", "He remarked that Hunan is rich in history."),
    ])


_RECEIVED_ENVOYS = "President Tamsin Orrel received four new ambassadors at the State House in Vellport.\n\n"


def test_wanted_the_ambassadors_to_is_a_request():
    """Before, neither sentence was a statement."""
    assert_statements(_RECEIVED_ENVOYS + (
        "Dr Orrel wanted the ambassadors to look for investors in fishing and tourism. In another step, Dr Orrel "
        "wanted the ambassadors who represent Ostravia in Velm to continue the historical cooperation."
    ), [
        ("Tamsin Orrel", "indirect", "Dr Orrel wanted the ambassadors to look for investors in fishing and tourism."),
        ("Tamsin Orrel", "indirect", "In another step, Dr Orrel wanted the ambassadors who represent Ostravia in Velm "
                                     "to continue the historical cooperation."),
    ])


def test_wanted_a_thing_to_be_or_wanted_to_act_stays_narrative():
    """Guard: "wanted the visit to be a success" (a thing, not people asked) and "wanted to visit" are no request."""
    assert_statements(_RECEIVED_ENVOYS + (
        "Dr Orrel wanted the visit to be a success. She wanted to visit the port the next day."
    ), [])


_BRIEFED = ("Mayor Han Toval met with Senator Patrick Lorn on April 15.\n\n"
            "Han briefed Lorn on the city's development.\n\n")


def test_he_after_a_named_one_and_the_others_is_that_one():
    """Before, "He believed …" was Han Toval's."""
    assert_statements(_BRIEFED + (
        "Lorn and other delegation members all expressed admiration for the achievements of the city. He believed that "
        "a strong trade partnership is important."
    ), [
        ("Han Toval", "indirect", "Han briefed Lorn on the city's development."),
        ("Patrick Lorn", "indirect", "He believed that a strong trade partnership is important."),
    ])


def test_he_after_a_named_woman_and_the_others_stays_the_last_speaker():
    """Guard: the one named before "and other members" is a woman ("Ms Ada Lorn"): "He" is not she; Han stays."""
    assert_statements((
        "Mayor Han Toval met with Ms Ada Lorn on April 15.\n\nHan briefed Ms Lorn on the city's development.\n\n"
        "Ms Lorn and other delegation members all expressed admiration for the city. He believed that a strong trade "
        "partnership is important."
    ), [
        ("Han Toval", "indirect", "Han briefed Ms Lorn on the city's development."),
        ("Han Toval", "indirect", "He believed that a strong trade partnership is important."),
    ])


def test_holder_after_a_bodys_name_and_initials_is_the_subject():
    """Before, the sentence was no statement (the body's name opened it, no person)."""
    assert_statements((
        "Lirea Bank (LB) Country Director Tom Vell called on Finance Minister Ida Morn on Saturday and felicitated her "
        "on the conclusion of the review."
    ), [
        ("Tom Vell", "indirect", "Lirea Bank (LB) Country Director Tom Vell called on Finance Minister Ida Morn on "
                                 "Saturday and felicitated her on the conclusion of the review."),
    ])
