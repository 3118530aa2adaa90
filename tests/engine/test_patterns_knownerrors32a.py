"""Readings of known errors of the weakest EU and UK held-out sets (stop 32): a sentence opened by a
prepositional phrase with no comma before its subject ("During her visit to Ukraine Mogherini took time
to meet … and thanked them …", two-hundred-seventieth ukraine_visit).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Foreign Minister Oren Vask visited Kastravia"


def test_opening_phrase_with_no_comma_then_the_subject_and_a_shared_verb():
    """"During her visit to Ukraine Mogherini took time to meet representatives of civil society and thanked
    them for their crucial role …" (two-hundred-seventieth ukraine_visit): an opening "During …" with no comma,
    then the subject; the subject of "took" thanks them, not a sentence with no subject."""
    body = (
        "Foreign Minister Oren Vask held talks in Kastravia on Monday. "
        "During his visit Vask took time to meet representatives of civil society and thanked them for their work."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "During his visit Vask took time to meet representatives of civil society and thanked them for their work."),
    ], title=TITLE)


def test_opening_phrase_with_no_comma_a_country_then_the_name():
    """The same sentence with its place after "to" ("During her visit to Ukraine Mogherini …"): the
    preposition takes the country, the name after it opens the clause."""
    body = (
        "Foreign Minister Oren Vask held talks in Norway on Monday. "
        "During his visit to Norway Vask took time to meet representatives of civil society and thanked them "
        "for their work."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "During his visit to Norway Vask took time to meet representatives of civil society and thanked them "
         "for their work."),
    ], title=TITLE)


def test_opening_phrase_with_no_comma_guard_a_titled_object_stays_an_object():
    """Guard: "During the talks with Foreign Minister Vask the delegates met … and thanked …": the titled name
    after "with" is whom the talks were with, not the subject of the shared verb."""
    body = (
        "Foreign Minister Oren Vask held talks in Kastravia on Monday. "
        "During the talks with Foreign Minister Vask the delegates met representatives of civil society and "
        "thanked them for their work."
    )
    assert_statements(body, [], title=TITLE)


HRVP_TITLE = "Phone call between the HR/VP Ilona Brenn and the Foreign Minister of Kastravia, Oren Vask"


def test_hr_slash_vp_is_one_office_word_before_the_name():
    """"The security and stability of the whole Region, that is already facing great threats, is at stake,
    underlined the HR/VP Federica Mogherini." (two-hundred-seventieth zarif): "HR/VP" is one office, the
    High Representative/Vice-President, so the phrase after the verb is her office and her name."""
    body = (
        "This morning, the HR/VP Ilona Brenn had a phone call with the Foreign Minister of Kastravia, Oren Vask. "
        "The stability of the whole region is at stake, underlined the HR/VP Ilona Brenn."
    )
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "The stability of the whole region is at stake, underlined the HR/VP Ilona Brenn."),
    ], title=HRVP_TITLE)


def test_hr_slash_vp_guard_a_pair_with_it_stays_joint():
    """Guard: "The HR/VP and the Minister agreed on the need to reduce tensions in the region." (two-hundred-seventieth
    marsudi): the office read as one word opens a pair; what the two agreed is no one's alone."""
    body = (
        "The High Representative/Vice-President Ilona Brenn spoke with the Foreign Minister of Kastravia, Oren Vask. "
        "The HR/VP and the Minister agreed on the need to reduce tensions in the region."
    )
    assert_statements(body, [], title=HRVP_TITLE)


def test_office_slash_office_guard_keeps_both_offices():
    """Guard: "The Deputy Prime Minister/Foreign Minister underscored …" (a slash between two written-out offices):
    still the one person holding both, as before "HR/VP" was read as one word."""
    body = (
        "Deputy Prime Minister and Foreign Minister Oren Vask met the Ambassador of Norway. "
        "The Deputy Prime Minister/Foreign Minister underscored the importance of trade between the two countries."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "The Deputy Prime Minister/Foreign Minister underscored the importance of trade between the two countries."),
    ], title="Oren Vask met the Ambassador of Norway")


def test_hr_slash_vp_names_one_person_with_and_without_her_first_name():
    """"The HR/VP Federica Mogherini, had yesterday and today phone conversations with the US Secretary of State,
    John Kerry …" then "HR/VP Mogherini informed US Secretary of State John Kerry of the debate …"
    (two-hundred-seventieth kerry): both are the one High Representative, not a Vice-President Federica
    Mogherini and a High Representative Mogherini."""
    body = (
        "The HR/VP Ilona Brenn, had yesterday and today phone conversations with the Foreign Minister of Kastravia, "
        "Oren Vask, on the crisis in the region.\n\n"
        "HR/VP Brenn informed Foreign Minister Oren Vask of the debate in the Council on the crisis."
    )
    assert_statements(body, [
        ("Ilona Brenn", "indirect",
         "HR/VP Brenn informed Foreign Minister Oren Vask of the debate in the Council on the crisis."),
    ], title=HRVP_TITLE)
