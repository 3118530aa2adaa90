"""Readings of known errors of labelled real sets (stop 41, the three- and four-hundreds): the second report joined by
"and" after a quotation's attribution clause whose verb takes the one asked or told ("“…?” the President asked Igor
Sergeyenko and wondered whether …", four-hundredth belarus_president_2024-01-25_sergeyenko_report); a topic raised
whose first word is a hyphenated compound ("raised the cost-of-living crisis", three-hundred-thirtieth
scot_gov_2023-04-24_sunak_meeting).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

REPORT_TITLE = "Meeting with Chairman of the Central Election Board Ivo Dornik"
REPORT_OPENING = "President Arno Veld met with Chairman of the Central Election Board Ivo Dornik.\n\n"
ASKED = "How is the campaign going?"


def test_a_second_report_after_the_one_asked_is_the_askers():
    """"“What is the state of affairs …?” the President asked Igor Sergeyenko and wondered whether he has to get
    involved in the process." (four-hundredth sergeyenko_report): after the attribution clause and the one asked, the
    "and" of a second report: its words, from the verb, are the asker's."""
    wondered = "wondered whether he has to get involved in the process."
    body = REPORT_OPENING + f"“{ASKED}” the President asked Ivo Dornik and {wondered}\n"
    assert_statements(body, [
        ("Arno Veld", "direct", ASKED),
        ("Arno Veld", "indirect", wondered),
    ], title=REPORT_TITLE)


def test_a_second_report_after_him_told_is_the_tellers():
    """"“…,” the President told him and stressed that …": the one told a pronoun, the same reading."""
    stressed = "stressed that the count must be finished by Monday."
    body = REPORT_OPENING + f"“The count is going well,” the President told him and {stressed}\n"
    assert_statements(body, [
        ("Arno Veld", "direct", "The count is going well"),
        ("Arno Veld", "indirect", stressed),
    ], title=REPORT_TITLE)


def test_the_one_asked_and_another_name_stay_no_report():
    """Guard: "the President asked Ivo Dornik and Mira Holt." names two people asked: no second report."""
    body = REPORT_OPENING + f"“{ASKED}” the President asked Ivo Dornik and Mira Holt.\n"
    assert_statements(body, [
        ("Arno Veld", "direct", ASKED),
    ], title=REPORT_TITLE)


RAISED_TITLE = "Premier Lund meets Chancellor Aven"
RAISED_OPENING = "The Premier and the Chancellor met this evening.\n\n"


def test_a_topic_raised_whose_first_word_is_a_hyphenated_compound_is_a_statement():
    """"The FM raised the cost-of-living crisis and rising energy bills …" (three-hundred-thirtieth sunak_meeting): a
    topic raised whose first word ("cost-of-living") only opens with one of the money words of "raised costs"."""
    raised = "Premier Ola Lund raised the cost-of-living crisis and rising energy bills suffered by households."
    body = RAISED_OPENING + raised + "\n"
    assert_statements(body, [
        ("Ola Lund", "indirect", raised),
    ], title=RAISED_TITLE)


def test_raised_costs_stay_no_statement():
    """Guard: "raised the costs of …" is money raised, not a topic: no statement."""
    body = RAISED_OPENING + "Premier Ola Lund raised the costs of the bridge project last year.\n"
    assert_statements(body, [], title=RAISED_TITLE)


EVALUATION_TITLE = "Meeting with Interior Minister Pavel Sorn"
EVALUATION_OPENING = ("President Arno Veld met with Interior Minister Pavel Sorn.\n\n"
                      "The Minister informed the President about the ministry’s performance in the past year.\n\n")


def test_an_evaluation_given_with_four_words_of_judgement_is_a_statement():
    """"The President gave a balanced and generally positive evaluation of the Interior Ministry’s performance."
    (four-hundred-fourteenth 2015-12-28_shunevich): up to four words between the article and the noun of assessment."""
    gave = "The President gave a balanced and generally positive evaluation of the ministry’s performance."
    body = EVALUATION_OPENING + gave + "\n"
    assert_statements(body, [
        ("Pavel Sorn", "indirect", "The Minister informed the President about the ministry’s performance in the past year."),
        ("Arno Veld", "indirect", gave),
    ], title=EVALUATION_TITLE)


def test_an_impression_given_stays_narrative():
    """Guard: "gave a calm and generally very positive impression of …" names no assessment voiced: no statement."""
    gave = "The President gave a calm and generally very positive impression of the ministry’s staff."
    body = EVALUATION_OPENING + gave + "\n"
    assert_statements(body, [
        ("Pavel Sorn", "indirect", "The Minister informed the President about the ministry’s performance in the past year."),
    ], title=EVALUATION_TITLE)


GIFTS_TITLE = "President Hal Orvin and Prime Minister Teo Marang exchange gifts"
GIFTS_OPENING = ("President Hal Orvin and Prime Minister Teo Marang held a tete-a-tete.\n\n"
                 "The President handed over a rare book to Prime Minister Teo Marang.\n\n")


def test_a_joined_verb_after_deeply_is_the_subjects_statement():
    """"The Malaysian Prime Minister considers Dr. X as a “…”, and deeply appreciated the President’s gesture in giving
    a very invaluable gift." (four-hundred-seventh marcos_anwar_tete_a_tete): "deeply" between "and" and the joined
    verb of the sentence's one subject, as "warmly"."""
    sentence = "The Prime Minister received the book and deeply appreciated the President’s gesture."
    body = GIFTS_OPENING + sentence + "\n"
    assert_statements(body, [
        ("Teo Marang", "indirect", sentence),
    ], title=GIFTS_TITLE)


def test_deeply_before_a_verb_of_no_speech_stays_narrative():
    """Guard: "received the book and deeply bowed to the President" joins no verb of speech: no statement."""
    body = GIFTS_OPENING + "The Prime Minister received the book and deeply bowed to the President.\n"
    assert_statements(body, [], title=GIFTS_TITLE)


COUNT_TITLE = "President hears out report of Prosecutor General"
COUNT_OPENING = "On 9 April President Arno Veld met with Prosecutor General Ivan Dorn to receive his report.\n\n"
ACCOUNT = "According to Ivan Dorn, in the first quarter the number of registered crimes fell."


def test_a_comparative_count_of_people_carries_the_report_on():
    """"According to Alexander Konyuk, in Q1 2012 the number of registered crimes … reduced. Less people died from
    criminal offences or man-made accidents." (four-hundred-fourth 2012-04-09_konyuk_report): "Less"/"Fewer"/"Most" at
    a sentence's head count what follows, no one's name: the report's figure, carried on."""
    fewer = "Fewer people died in road accidents."
    body = COUNT_OPENING + f"{ACCOUNT} {fewer}\n"
    assert_statements(body, [
        ("Ivan Dorn", "indirect", ACCOUNT),
        ("Ivan Dorn", "indirect", fewer),
    ], title=COUNT_TITLE)


def test_a_named_person_after_the_account_stays_out():
    """Guard: "Lieutenant Oleg Brand died in a road accident." names someone the readout tells of: not the report."""
    body = COUNT_OPENING + f"{ACCOUNT} Lieutenant Oleg Brand died in a road accident.\n"
    assert_statements(body, [
        ("Ivan Dorn", "indirect", ACCOUNT),
    ], title=COUNT_TITLE)
