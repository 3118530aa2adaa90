"""Patterns from the twentysixth held-out set (en.kremlin.ru news 2000-2013), each with an
invented readout: the statements a reader following /work/shared/GOLD-FORMAT.md writes down."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_pointed_to_the_importance_is_speech():
    """"Mr X pointed to the importance of …" makes a point as "pointed out" does (the
    Stephanopoulos talks); "pointed to the need for …" likewise."""
    body = ("Vladimir Putin held talks with President of Ostria Anton Berk.\n\n"
            "Mr Berk pointed to the importance of Russia’s participation in the settlement process. "
            "Mr Putin pointed to the need for closer contacts between the two parliaments.")
    assert_statements(body, [
        ("Anton Berk", "indirect", "Mr Berk pointed to the importance of Russia’s participation in the settlement "
                                   "process."),
        ("Vladimir Putin", "indirect", "Mr Putin pointed to the need for closer contacts between the two "
                                       "parliaments."),
    ])


def test_he_went_on_set_off_by_commas_is_an_attribution():
    """"Integration is necessary for development, he went on, stressing that …": "went on"
    between commas carries on his speech as "he added" does, also at the head of a paragraph."""
    body = ("Vladimir Putin chaired a meeting of the Council for Culture.\n\n"
            "Mr Putin called for a new system of educating the young generation.\n\n"
            "Culture-market integration is necessary for cultural development, he went on, stressing that he "
            "meant the current cultural industry.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "Mr Putin called for a new system of educating the young generation."),
        ("Vladimir Putin", "indirect", "Culture-market integration is necessary for cultural development, he went "
                                       "on, stressing that he meant the current cultural industry."),
    ])


def test_de_facto_between_the_subject_and_its_verb():
    """"President X de facto acknowledged …": the adverb "de facto" sits between the
    subject and the verb as "also" does; the "He said" after it is his."""
    body = ("Vladimir Putin met with President of Ostria Anton Berk.\n\n"
            "As he was addressing the summit, Ostrian President Anton Berk de facto acknowledged problems in the "
            "border valley. He said he had to invite foreign experts because of the weakness of the police.")
    assert_statements(body, [
        ("Anton Berk", "indirect", "As he was addressing the summit, Ostrian President Anton Berk de facto "
                                   "acknowledged problems in the border valley."),
        ("Anton Berk", "indirect", "He said he had to invite foreign experts because of the weakness of the "
                                   "police."),
    ])


def test_is_worried_by_is_a_stated_concern():
    """"The head of state is particularly worried by the spread of drugs …": one person's
    concern stated, as "expressed concern"; not "as far as the Minister is concerned,",
    nor a group's worry."""
    body = ("Vladimir Putin met with Education Minister Pavel Orlin.\n\n"
            "The head of state is particularly worried by the spread of drugs at schools.\n\n"
            "As far as the Minister is concerned, the new school year will start on time.\n\n"
            "The parents are concerned about the prices of textbooks.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "The head of state is particularly worried by the spread of drugs at "
                                       "schools."),
    ])


def test_principles_laid_out_in_a_document_do_not_stop_the_report():
    """"Implementing the principles laid out in the document would create …" right after his
    statement carries it on: "laid out in the document" is a text's content, not a new
    speaker's "laid out"."""
    body = ("Vladimir Putin held talks with Prime Minister of Ostria Anton Berk.\n\n"
            "Mr Putin spoke for the unconditional observance of Resolution 1435. Implementing the principles laid "
            "out in the document would create a solid groundwork for the settlement of regional problems.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "Mr Putin spoke for the unconditional observance of Resolution 1435."),
        ("Vladimir Putin", "indirect", "Implementing the principles laid out in the document would create a solid "
                                       "groundwork for the settlement of regional problems."),
    ])


def test_the_trade_turnover_between_the_countries_carries_on_the_report():
    """"The trade turnover between the countries had already reached …" after "Mr X said that
    relations were progressing": the turnover is the subject (no group, no body acts), so the
    sentence goes on with his report even after a joint opening sentence."""
    body = ("Vladimir Putin held talks with Prime Minister of Ostria Anton Berk.\n\n"
            "The Russian President and the Ostrian Prime Minister also discussed economic cooperation. "
            "Mr Putin said that Russian-Ostrian relations were progressing in all fields. "
            "The trade turnover between the countries had already reached the $1 billion mark.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "Mr Putin said that Russian-Ostrian relations were progressing in all "
                                       "fields."),
        ("Vladimir Putin", "indirect", "The trade turnover between the countries had already reached the $1 "
                                       "billion mark."),
    ])


def test_him_in_a_which_clause_is_the_subject_himself():
    """"X acknowledged problems in the valley, which had forced him to invite experts. He
    said …": "him" in the relative clause is X himself (a man whose first name tells no
    gender), so it tells nothing of another man; the "He" after it is X, not the man who
    spoke before."""
    body = ("Vladimir Putin met with President of Ostria Ardo Vesk.\n\n"
            "Mr Putin stressed that security cooperation satisfied Russia. He said he hoped the teamwork would go "
            "on.\n\n"
            "Ostrian President Ardo Vesk acknowledged problems in the border valley, which had forced him to "
            "invite foreign experts to his country. He said he had to do so because of the weakness of the police.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "Mr Putin stressed that security cooperation satisfied Russia."),
        ("Vladimir Putin", "indirect", "He said he hoped the teamwork would go on."),
        ("Ardo Vesk", "indirect", "Ostrian President Ardo Vesk acknowledged problems in the border valley, which "
                                   "had forced him to invite foreign experts to his country."),
        ("Ardo Vesk", "indirect", "He said he had to do so because of the weakness of the police."),
    ])


def test_effectively_and_implicitly_between_the_subject_and_its_verb():
    """"X effectively acknowledged …", "Y implicitly confirmed …": adverbs of the same kind as
    "de facto", fillers between a subject and its verb."""
    body = ("Vladimir Putin met with President of Ostria Ardo Vesk.\n\n"
            "Mr Vesk effectively acknowledged the delays in the border talks.\n\n"
            "Mr Putin implicitly confirmed the offer of a new credit line.")
    assert_statements(body, [
        ("Ardo Vesk", "indirect", "Mr Vesk effectively acknowledged the delays in the border talks."),
        ("Vladimir Putin", "indirect", "Mr Putin implicitly confirmed the offer of a new credit line."),
    ])
