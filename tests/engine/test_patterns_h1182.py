"""Helper h1182 (styles65, gender, children and social protection ministries): East Africa's Cabinet Secretary heads a
ministry whose list of portfolios may go on after a comma ("The Cabinet Secretary for Gender, Children and Social
Protection, Hon. X,"), read as the office of X as a minister's list is; and the bare "minister" and the bare "Cabinet
Secretary" are one office, so "the minister" is the Cabinet Secretary named so and "the Cabinet Secretary" the
minister, where no one else holds the other; and one who reads out or recites a text of no one else's before a colon
("A Form Two pupil, Miss X, read a pledge on behalf of her school: “…”") speaks the quoted words."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_cabinet_secretary_with_a_list_of_portfolios_is_her_office():
    body = (
        "The Cabinet Secretary for Gender, Children and Social Protection, Hon. Agneta Koskivale, on Wednesday opened "
        "a gender desk at the Marrowby police station.\n\n"
        "The Cabinet Secretary said the desk would be staffed day and night.\n\n"
        "The minister urged officers to record every complaint on the day it was made."
    )
    assert_statements(body, [
        ("Agneta Koskivale", "indirect", "The Cabinet Secretary said the desk would be staffed day and night."),
        ("Agneta Koskivale", "indirect", "The minister urged officers to record every complaint on the day it was "
         "made."),
    ])


def test_minister_of_a_list_of_portfolios_called_the_cabinet_secretary():
    body = (
        "The Minister of Gender, Children and Social Protection, Hon. Patrizia Kovaluna, on Wednesday appeared before "
        "the Committee on Social Welfare, chaired by Hon. Marten Tobreski.\n\n"
        "The Cabinet Secretary told the committee that the ministry had spent only 41 percent of its shelter budget."
    )
    assert_statements(body, [
        ("Patrizia Kovaluna", "indirect", "The Cabinet Secretary told the committee that the ministry had spent only "
         "41 percent of its shelter budget."),
    ])


def test_a_cabinet_secretary_and_a_minister_stay_two_people():
    body = (
        "The Minister of Foreign Affairs of Velmora, Mr. Anselm Durkovic, on Monday met the Cabinet Secretary, "
        "Mr. Bertram Oskvald, in Tarnheim.\n\n"
        "The Cabinet Secretary said the government would publish the agenda of the summit.\n\n"
        "The minister said Velmora would send a delegation of twelve."
    )
    assert_statements(body, [
        ("Bertram Oskvald", "indirect", "The Cabinet Secretary said the government would publish the agenda of the "
         "summit."),
        ("Anselm Durkovic", "indirect", "The minister said Velmora would send a delegation of twelve."),
    ])


def test_two_names_after_a_cabinet_secretarys_comma_are_no_portfolios():
    body = (
        "The Cabinet Secretary for Trade, Ilona Verhaast and Tobias Ranquell on Monday visited the port of Selmark.\n\n"
        "Mr. Ranquell said the new quay would open in May."
    )
    assert_statements(body, [
        ("Tobias Ranquell", "indirect", "Mr. Ranquell said the new quay would open in May."),
    ])


def test_pupil_reading_a_pledge_on_behalf_of_her_school_speaks_it():
    body = (
        "The Minister of Education, Hon. Margit Selvanova, on Thursday launched a scholarship programme at the "
        "Kestrow Girls' School.\n\n"
        "The minister said the programme would pay the fees of 12,000 girls.\n\n"
        "A Form Two pupil, Miss Ilka Brondeviel, read a pledge on behalf of her school: \u201cWe, the girls of "
        "Kestrow, promise to stay in class.\u201d"
    )
    assert_statements(body, [
        ("Margit Selvanova", "indirect", "The minister said the programme would pay the fees of 12,000 girls."),
        ("Ilka Brondeviel", "direct", "We, the girls of Kestrow, promise to stay in class."),
    ])


def test_reader_of_a_message_from_another_does_not_speak_it():
    body = (
        "The Minister of Education, Hon. Margit Selvanova, on Thursday opened the Kestrow Girls' School.\n\n"
        "The minister said the school would take 400 girls.\n\n"
        "Miss Ilka Brondeviel read out a message from President Anders Quellhaven: \u201cEvery girl in "
        "this hall is a future engineer.\u201d"
    )
    assert_statements(body, [
        ("Margit Selvanova", "indirect", "The minister said the school would take 400 girls."),
        ("Anders Quellhaven", "direct", "Every girl in this hall is a future engineer."),
    ])
