"""Readings of known errors (stop 35, helper h422): a person's own view after a colon of the sentence he opens, framed
by "by his account" (thirty-first hard set tarrow_space_agency_board); a standfirst that repeats a later quotation
(three-hundred-thirty-second eu_commission g20 and libya); "the President of X" who is not the President of a body named
before (thirteenth hard set sorvenia_commission_sanctions); "…, and he expressed …" after a first clause that is no
statement (twenty-fifth hard set sabkha_amir_receives_norland_senate_delegation); "X had this to say: "…""
(seventeenth hard set zarenthia_ambassadors_union).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

BOARD_TITLE = "Director-General holds a meeting of the Survey Office's Board"


def test_a_framed_view_after_a_colon_is_the_sentence_subjects():
    """"The Deputy Director-General for Science, Dr Halvard Moe, was less contrite: the science programme, by his
    account, had delivered every instrument on time." (thirty-first hard set tarrow_space_agency_board): the words
    after the colon are the view of the man the sentence opens with ("by his account", "in his view", "to his
    mind"), not of the Director-General who spoke last and is the last subject noted."""
    body = (
        "Dr Orvin Kask instructed the Board to submit a revised plan. He said that the plan was late.\n\n"
        "The Deputy Director for Maps, Dr Teodor Lind, was less contrite: the mapping programme, by his account, "
        "had delivered every sheet on time.\n\n"
        "Minister Pavo Rein was calmer: the budget, in his view, had been sound."
    )
    assert_statements(body, [
        ("Orvin Kask", "indirect", "Dr Orvin Kask instructed the Board to submit a revised plan."),
        ("Orvin Kask", "indirect", "He said that the plan was late."),
        ("Teodor Lind", "indirect", "The Deputy Director for Maps, Dr Teodor Lind, was less contrite: the mapping "
                                    "programme, by his account, had delivered every sheet on time."),
        ("Pavo Rein", "indirect", "Minister Pavo Rein was calmer: the budget, in his view, had been sound."),
    ], title=BOARD_TITLE)


def test_a_framed_view_after_a_colon_whose_subject_cannot_be_the_pronoun_stays_with_the_last_speaker():
    """Guard: the sentence's subject is a woman ("Ms Ilse Varn was less sure: the plan, in his view, …"), so "his"
    is not hers; it stays the last man who spoke, the Director-General."""
    body = (
        "Dr Orvin Kask instructed the Board to submit a revised plan. He said that the plan was late.\n\n"
        "Ms Ilse Varn was less sure: the plan, in his view, had been drafted too early."
    )
    assert_statements(body, [
        ("Orvin Kask", "indirect", "Dr Orvin Kask instructed the Board to submit a revised plan."),
        ("Orvin Kask", "indirect", "He said that the plan was late."),
        ("Orvin Kask", "indirect", "Ms Ilse Varn was less sure: the plan, in his view, had been drafted too early."),
    ], title=BOARD_TITLE)


MESSAGE_TITLE = "Message on the situation in Tarsia"


def test_a_standfirst_that_repeats_a_later_quotation_is_its_speakers():
    """"G20 preparations / I think it is very important that Europe concludes its own work / … He said: "I think it
    is very important that Europe concludes its own work, so that …"" (three-hundred-thirty-second eu_commission
    g20, and libya): the body's short first paragraph, attributed to no one, whose first sentence stands word for
    word in a later quotation of one person, is a pull quote of that person's words: a direct statement of theirs."""
    body = (
        "It is unacceptable to see the police using force against students. We stand with the people of Tarsia.\n\n"
        "President Orlen Vask made the following statement on Tarsia: \"I think it is unacceptable to see the police "
        "using force against students as we have seen this week. We stand with the people of Tarsia.\""
    )
    assert_statements(body, [
        ("Orlen Vask", "direct", "It is unacceptable to see the police using force against students. We stand with "
                                 "the people of Tarsia."),
        ("Orlen Vask", "direct", "I think it is unacceptable to see the police using force against students as we "
                                 "have seen this week. We stand with the people of Tarsia."),
    ], title=MESSAGE_TITLE)


def test_a_standfirst_that_only_paraphrases_a_later_quotation_stays_no_ones():
    """Guard: the first paragraph says the same in other words ("Force used against the students of Tarsia cannot be
    accepted by anyone."); no run of a quotation's words is repeated, so it is no pull quote and stays no one's."""
    body = (
        "Force used against the students of Tarsia cannot be accepted by anyone.\n\n"
        "President Orlen Vask made the following statement on Tarsia: \"I think it is unacceptable to see the police "
        "using force against students as we have seen this week. We stand with the people of Tarsia.\""
    )
    assert_statements(body, [
        ("Orlen Vask", "direct", "I think it is unacceptable to see the police using force against students as we "
                                 "have seen this week. We stand with the people of Tarsia."),
    ], title=MESSAGE_TITLE)


def test_the_president_of_a_country_is_not_the_president_of_a_body():
    """"During a meeting with President of the Union Commission Annelie Vos in the capital, the President of Sorvenia
    called for a seventh package of sanctions …" (thirteenth hard set sorvenia_commission_sanctions): the only
    President named so far holds the office of a body ("president of union commission"), not of a country; she is
    not "the President of Sorvenia", who is the host named after."""
    body = (
        "During a meeting with President of the Trade Council Ilse Marrow in the capital, the President of Kavria "
        "called for a new package of sanctions. \"Five packages have not been enough,\" Oren Tavik said."
    )
    assert_statements(body, [
        ("Oren Tavik", "indirect", "During a meeting with President of the Trade Council Ilse Marrow in the capital, "
                                   "the President of Kavria called for a new package of sanctions."),
        ("Oren Tavik", "direct", "Five packages have not been enough,"),
    ], title="A new package of sanctions is needed - President after talks with Ilse Marrow")


def test_the_president_of_a_country_may_still_be_a_president_of_no_known_country():
    """Guard: the President named before holds the bare office ("President Ilse Marrow"), her country not given;
    "the President of Kavria" is still she."""
    body = (
        "President Ilse Marrow received the Trade Council in the capital. The President of Kavria called for a new "
        "package of sanctions."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "The President of Kavria called for a new package of sanctions."),
    ], title="President receives the Trade Council")


DELEGATION_TITLE = "President receives a delegation of the Senate"
DELEGATION_OPENING = (
    "President Ivo Tamm received a delegation of the Senate headed by Senator Mitchell Harrow.\n\n"
    "The President said that the visit was a powerful signal of support.\n\n"
)


def test_he_after_and_is_the_name_that_opens_the_sentence():
    """"Senator Harrowgate, for his part, was the bearer of the Senate's admiration for the courage of the people of
    Sabkha, and he expressed the hope that the Senate would swiftly approve …" (twenty-fifth hard set
    sabkha_amir_receives_norland_senate_delegation): the first clause is no statement, so the Senator is not the
    last subject noted; the "he" that opens the second clause is still the man the sentence opens with, not the
    President who spoke before."""
    body = DELEGATION_OPENING + (
        "Senator Harrow, for his part, visited the harbour, and he expressed the hope that the Senate would approve "
        "the package."
    )
    assert_statements(body, [
        ("Ivo Tamm", "indirect", "The President said that the visit was a powerful signal of support."),
        ("Mitchell Harrow", "indirect", "he expressed the hope that the Senate would approve the package."),
    ], title=DELEGATION_TITLE)


def test_he_after_and_in_a_sentence_opened_by_a_woman_stays_the_last_man():
    """Guard: the name that opens the sentence is a woman's ("Ms Lena Orr visited the harbour, and he expressed …");
    "he" is not she, and stays the last man who spoke, the President."""
    body = DELEGATION_OPENING + (
        "Ms Lena Orr visited the harbour, and he expressed the hope that the Senate would approve the package."
    )
    assert_statements(body, [
        ("Ivo Tamm", "indirect", "The President said that the visit was a powerful signal of support."),
        ("Ivo Tamm", "indirect", "he expressed the hope that the Senate would approve the package."),
    ], title=DELEGATION_TITLE)


AMBASSADORS_TITLE = "Head of the Office meets the ambassadors of the Union"


def test_had_this_to_say_leads_in_its_subjects_quotation():
    """"Taras Holub had this to say: "Every week of delay costs lives on the front line. …"" (seventeenth hard set
    zarenthia_ambassadors_union): "had … to say" is the lead-in's only verb ("had" is no cue form), and the
    quotation after the colon is its subject's, not the ambassador who spoke before; so "had the following to
    say:"."""
    body = (
        "Head of the Office Pavel Stor met the ambassadors of the Union. Ambassador Ilse Vark said that the reform "
        "was welcome.\n\n"
        "Pavel Stor had this to say: \"Every week of delay costs lives. We need decisions, not declarations.\"\n\n"
        "Ms Vark had the following to say: \"The Union will not tire.\""
    )
    assert_statements(body, [
        ("Ilse Vark", "indirect", "Ambassador Ilse Vark said that the reform was welcome."),
        ("Pavel Stor", "direct", "Every week of delay costs lives. We need decisions, not declarations."),
        ("Ilse Vark", "direct", "The Union will not tire."),
    ], title=AMBASSADORS_TITLE)


def test_had_a_word_to_say_about_is_no_lead_in():
    """Guard: "had nothing to say about …" is not a lead-in that ends "had this to say:"; the quotation after the
    colon of another clause keeps the speaker its own verb names."""
    body = (
        "Head of the Office Pavel Stor met the ambassadors of the Union. Ambassador Ilse Vark said that the reform "
        "was welcome.\n\n"
        "Pavel Stor had nothing to say about the date; Ms Vark stressed: \"The Union will not tire.\""
    )
    assert_statements(body, [
        ("Ilse Vark", "indirect", "Ambassador Ilse Vark said that the reform was welcome."),
        ("Ilse Vark", "direct", "The Union will not tire."),
    ], title=AMBASSADORS_TITLE)
