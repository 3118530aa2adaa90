"""Helper h1070 (eighthundredtwelfth, the Presidency of Djibouti as outlets print it): "Sheikh" after a name's word
that ends the name ("President Hassan Sheikh thanked …", the short form of a name whose "Sheikh" is a father's name),
not a style whose name word before it is a country, while "Governor Tamra Sheikh Idris" keeps the style; and a
quotation's tag "“…” X, Minister of Foreign Affairs of Y said …" (after a closing comma) whose office aside lost its closing comma (the name
speaks), not when no speech verb follows the office."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_sheikh_ending_a_name_is_the_names_word():
    body = (
        "President Omar Sheikh Farah of Velmara met his counterpart Ilse Maren in Corvin.\n\n"
        "President Omar Sheikh thanked President Ilse Maren and the people of Ostrava for their support.\n\n"
        "President Ilse Maren praised the progress of the Velmaran government."
    )
    assert_statements(body, [
        ("Omar Sheikh", "indirect",
         "President Omar Sheikh thanked President Ilse Maren and the people of Ostrava for their support."),
        ("Ilse Maren", "indirect", "President Ilse Maren praised the progress of the Velmaran government."),
    ])


def test_sheikh_before_a_name_stays_a_style():
    body = (
        "Governor Tamra Sheikh Idris received the envoy Paul Dresner in Corvin.\n\n"
        "Governor Tamra Sheikh Idris thanked the envoy for the visit."
    )
    assert_statements(body, [
        ("Idris", "indirect", "Governor Tamra Sheikh Idris thanked the envoy for the visit."),
    ])


def test_quotation_tag_with_an_office_left_open():
    body = (
        "President Lena Varro held talks with Prime Minister Tomas Brel in Corvin.\n\n"
        "“We discussed energy and water. The visit was really successful,” Ivo Marlet, Minister of Foreign Affairs "
        "of Velmara said at the press briefing in Corvin."
    )
    assert_statements(body, [
        ("Ivo Marlet", "direct", "We discussed energy and water. The visit was really successful"),
    ])


def test_office_left_open_with_no_speech_verb_gives_the_name_nothing():
    body = (
        "President Lena Varro held talks with Prime Minister Tomas Brel in Corvin.\n\n"
        "“We discussed energy and water. The visit was really successful,” Ivo Marlet, Minister of Foreign Affairs "
        "of Velmara met the press in Corvin."
    )
    result = run(body)
    assert not any(s.speaker and "Marlet" in s.speaker for s in result.statements), [
        (s.speaker, s.text) for s in result.statements]
