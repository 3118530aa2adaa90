"""Statements found by helper h774's mends of styles42 (health ministries' English releases on their ministers'
meetings with ambassadors, WHO representatives and donors): a member's letters in brackets after a name set off by
commas after its office, "gave a warm welcome to", "took time to urge", "disclosed plans to", an unquoted first-person
paragraph closed by "; he added.", "was happy to ensure that", a sentence closed by ", according to <person>.", and
the first half of a hyphenated surname alone.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_members_letters_in_brackets_leave_the_office_before_the_name_hers():
    """"… to the Honourable Minister of Health, Community Development and the Elderly, X (MP), in her offices …":
    the bracketed "(MP)" is the name's, as "X MP" is, so the office before the comma is hers and "The Honourable
    Minister" and the "She" after it are her (before, they went to no one and to the representative)."""
    assert_statements((
        "The new Representative of the Health Agency to Norvane, Dr Mara Teskel, paid a courtesy call to the "
        "Honourable Minister of Health, Community Development and the Elderly, Rehema Kolondavi (MP), in her "
        "offices in Velmor.\n\n"
        "The Honourable Minister gave a warm welcome to Dr Teskel. She mentioned the priorities of the country."
    ), [
        ("Rehema Kolondavi", "indirect", "The Honourable Minister gave a warm welcome to Dr Teskel."),
        ("Rehema Kolondavi", "indirect", "She mentioned the priorities of the country."),
    ])


def test_a_warm_welcome_given_is_a_welcome_said():
    """"The Minister gave a warm welcome to Dr X for her new assignment.": welcomed her, the Minister's statement;
    guard: "gave a ceremonial welcome to …" in a hall is a ceremony, no one's."""
    assert_statements((
        "Minister of Health Tomas Ravelli received Dr Ilse Marhov on Monday.\n\n"
        "The Minister gave a warm welcome to Dr Marhov for her new assignment.\n\n"
        "Later, Mr Ravelli gave a ceremonial welcome to the visiting team in the Great Hall of the Ministry."
    ), [
        ("Tomas Ravelli", "indirect", "The Minister gave a warm welcome to Dr Marhov for her new assignment."),
    ])


def test_time_taken_to_urge_is_an_urging():
    """"The Minister also took time to urge the Regional Director for more assistance …": as "took the opportunity to
    urge"; guard: "took time to meet the nurses" is an act."""
    assert_statements((
        "Visiting Dr Priya Khetavan paid a courtesy call on Minister for Health Birendo Kattelar.\n\n"
        "The Minister also took time to urge the Regional Director for more assistance to the district hospitals.\n\n"
        "The Minister took time to meet the nurses of the ward."
    ), [
        ("Birendo Kattelar", "indirect", "The Minister also took time to urge the Regional Director for more "
                                         "assistance to the district hospitals."),
    ])


def test_plans_disclosed_are_plans_made_known():
    """"The Minister disclosed plans to fund 15 more district hospitals …": his statement, as "disclosed his plans"."""
    assert_statements((
        "The Minister of Health, Mr Kofi Addarenko, presented equipment to the Velmor North Hospital.\n\n"
        "The Minister disclosed plans to fund 15 more district hospitals through partnership arrangements."
    ), [
        ("Kofi Addarenko", "indirect", "The Minister disclosed plans to fund 15 more district hospitals through "
                                       "partnership arrangements."),
    ])


def test_a_first_person_paragraph_closed_by_a_semicolon_and_he_added_is_his_own_words():
    """"In line with the agreement signed today we will link the Trust with …; he added.": the semicolon does a
    comma's work before the pronoun's closing tag, so the words before it are his direct statement (before, only
    "he added." was his); guard: "…; he also reported on the work of …" has its own complement, one indirect
    statement of the whole sentence as before."""
    assert_statements((
        "Speaking on the occasion, Secretary Tarik Lomandi said that the ministry pledges its support.\n\n"
        "In line with the agreement signed today we will link the Trust with the health programme; he added.\n\n"
        "Marzan Halberi, the chair of the Committee, updated the board on the year; he also reported on the work of "
        "the task force."
    ), [
        ("Tarik Lomandi", "indirect", "Speaking on the occasion, Secretary Tarik Lomandi said that the ministry "
                                      "pledges its support."),
        ("Tarik Lomandi", "direct", "In line with the agreement signed today we will link the Trust with the health "
                                    "programme"),
        ("Marzan Halberi", "indirect", "Marzan Halberi, the chair of the Committee, updated the board on the year; he "
                                       "also reported on the work of the task force."),
    ])


def test_happy_to_ensure_that_is_a_promise_made():
    """"She was happy to ensure that all the guidance … would be given …": a promise, as "assured that"; guard: "was
    happy to ensure the smooth running of …" (no "that") is an act."""
    assert_statements((
        "Dr Mara Teskel thanked the Minister for her welcome and reiterated that Norvane is a priority country. She "
        "was happy to ensure that all the guidance required from her organization would be given to the Ministry.\n\n"
        "Minister Rina Volkavi was happy to ensure the smooth running of the clinic."
    ), [
        ("Mara Teskel", "indirect", "Dr Mara Teskel thanked the Minister for her welcome and reiterated that Norvane "
                                    "is a priority country."),
        ("Mara Teskel", "indirect", "She was happy to ensure that all the guidance required from her organization "
                                    "would be given to the Ministry."),
    ])


def test_a_person_who_closes_anothers_reported_words_as_their_source_takes_none_of_them():
    """"Dr X expressed her happiness over …, according to Ministry Spokesperson Y.": the spokesperson only told of X's
    words, which are X's whole sentence (before, the tail was cut off and given to Y); "…, according to Minister Z."
    after no one's words is still Z's."""
    assert_statements((
        "Visiting Dr Priya Khetavan paid a courtesy call on Minister Birendo Kattelar.\n\n"
        "Dr Khetavan expressed her happiness over the coverage of vaccination, according to Ministry Spokesperson "
        "and Joint Secretary Sunita Lamichen.\n\n"
        "The harvest was good this year, according to Minister Birendo Kattelar."
    ), [
        ("Priya Khetavan", "indirect", "Dr Khetavan expressed her happiness over the coverage of vaccination, "
                                       "according to Ministry Spokesperson and Joint Secretary Sunita Lamichen."),
        ("Birendo Kattelar", "indirect", "The harvest was good this year, according to Minister Birendo Kattelar."),
    ])


def test_the_first_half_of_a_double_surname_is_the_same_person():
    """"Dr. Tomas Ojuvenko-Vesk …" then "…, Dr Ojuvenko said.": the first half of his hyphenated surname is he, one
    speaker (before, a second speaker "Ojuvenko"); guard: "Mr Kovarin" after "Ms Anna Kovarin-Horvath" (another sex)
    stays another person."""
    result = assert_statements((
        "The Representative of the Health Agency in Norvane, Dr. Tomas Ojuvenko-Vesk, called on Minister for Health Dr. "
        "Faris Qadrel on Friday.\n\n"
        "The appointment of a public health expert is a welcome development, Dr Ojuvenko said."
    ), [
        ("Tomas Ojuvenko-Vesk", "indirect", "The appointment of a public health expert is a welcome development, Dr "
                                            "Ojuvenko said."),
    ])
    assert [s.name for s in result.speakers] == ["Tomas Ojuvenko-Vesk"]
    other = assert_statements((
        "Minister of Health Ms Anna Kovarin-Horvath received the delegation on Monday. Ms Kovarin-Horvath said the "
        "hospital would open soon.\n\n"
        "Mr Kovarin said the works would start in May."
    ), [
        ("Anna Kovarin-Horvath", "indirect", "Ms Kovarin-Horvath said the hospital would open soon."),
        ("Kovarin", "indirect", "Mr Kovarin said the works would start in May."),
    ])
    assert len(other.speakers) == 2
