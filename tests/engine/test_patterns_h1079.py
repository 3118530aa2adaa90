"""Helper h1079 (eighthundredtwentyfirst, the Prime Minister of Eswatini as papers print the office): a place written
with its lower-case prefix before the capital ("the Kingdom of eKalanga", as "eSwatini") is a capitalised word, so an
office runs on to it and the country is not the subject; a body's initials in brackets before an office whose closing
comma was left out ("X, the Northern Union (NU) Ambassador to Y has announced …") leave the name the speaker; a paper's
place in capitals glued to its colon ("KALANGA:Prime Minister X has warned …") is a dateline in no statement."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_runs_on_to_a_place_with_a_lower_case_prefix():
    body = "Mira Tovell, the Ostravan Ambassador to the Kingdom of eKalanga said the grant would help farmers."
    assert_statements(body, [
        ("Mira Tovell", "indirect", body),
    ])


def test_a_lower_case_prefixed_word_inside_the_report_stays_a_word():
    body = "Minister Mira Tovell said the eCommerce rules of Ostrava would change next year."
    assert_statements(body, [
        ("Mira Tovell", "indirect", body),
    ])


def test_a_bodys_initials_before_an_unclosed_office():
    body = "Mira Tovell, the Northern Union(NU) Ambassador to the Kingdom of Ostrava has announced a grant for schools."
    assert_statements(body, [
        ("Mira Tovell", "indirect", body),
    ])


def test_a_bodys_initials_before_a_closed_office_as_before():
    body = "Mira Tovell, the Northern Union (NU) Ambassador to the Kingdom of Ostrava, has announced a grant for schools."
    assert_statements(body, [
        ("Mira Tovell", "indirect", body),
    ])


def test_a_place_glued_to_its_colon_is_a_dateline():
    body = "KALANGA:Prime Minister Tomas Velde has warned against attacks on traders owned by foreign investors."
    assert_statements(body, [
        ("Tomas Velde", "indirect",
         "Prime Minister Tomas Velde has warned against attacks on traders owned by foreign investors."),
    ])


def test_a_transcripts_labels_stay_labels():
    body = (
        "SECRETARY HALLORAN: Good morning. We had a productive meeting today.\n\n"
        "SECRETARY HALLORAN: We discussed trade and security."
    )
    assert_statements(body, [
        ("Halloran", "direct", "Good morning. We had a productive meeting today."),
        ("Halloran", "direct", "We discussed trade and security."),
    ])


def test_an_envoys_office_with_its_nations_initials_left_unclosed():
    body = ("Mira Tovell, the Ambassador of the Northern Republic(NR) to the Kingdom of Ostrava said the grant would "
            "help farmers.")
    assert_statements(body, [
        ("Mira Tovell", "indirect", body),
    ])


def test_no_name_before_the_envoys_office_as_before():
    body = ("After the talks, the Ambassador of the Northern Republic (NR) to the Kingdom of Ostrava said the grant "
            "would help farmers.")
    assert_statements(body, [])
