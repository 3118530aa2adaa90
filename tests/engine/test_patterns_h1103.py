"""Helper h1103 (styles60, health ministries' international meetings): an officer named once with an office in lower
case of two words before the name ("the company's chief executive, Mr. X,", "its chief executive, Mr. Y,") and then
only by it ("The chief executive said …") is that person; and an office before a name whose body is a city named in
lower case before its name ("The Director of Public Health of the city of Garrowen, Dr. X,") is hers, whom a later
"The Director of Public Health" means."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_chief_executive_is_the_one_named_with_the_two_word_office():
    body = (
        "The Minister of Health of Elvanor, Dr. Lidia Marchwen, on Tuesday received a delegation of Tesmond Medical "
        "led by the company's chief executive, Mr. Odran Pessival. The head of the national medicines agency, "
        "Dr. Piet Sketh, was also present.\n\n"
        "The health minister said Elvanor wanted to make more of its medicines at home.\n\n"
        "The chief executive said the company would build a plant near Garrowen."
    )
    assert_statements(body, [
        ("Lidia Marchwen", "indirect", "The health minister said Elvanor wanted to make more of its medicines at home."),
        ("Odran Pessival", "indirect", "The chief executive said the company would build a plant near Garrowen."),
    ])


def test_the_chief_executive_after_its_possessive_pronoun():
    body = (
        "The firm was represented by its chief executive, Mr. Odran Pessival, and its country manager, "
        "Ms. Tova Brindlecourt. The Minister of Health of Elvanor, Dr. Lidia Marchwen, hosted them.\n\n"
        "The chief executive said the first doses would arrive in November."
    )
    assert_statements(body, [
        ("Odran Pessival", "indirect", "The chief executive said the first doses would arrive in November."),
    ])


def test_the_chief_executive_with_no_one_named_so_is_not_the_minister():
    # guard: no chief executive named, so "The chief executive" is not the minister, the only one named
    body = (
        "The Minister of Health of Elvanor, Dr. Lidia Marchwen, on Tuesday received a delegation of Tesmond "
        "Medical.\n\n"
        "Dr. Marchwen said Elvanor wanted to make more of its medicines at home.\n\n"
        "The chief executive said the company would build a plant near Garrowen."
    )
    speakers = {s.text: s.speaker for s in run(body).statements}
    assert speakers["Dr. Marchwen said Elvanor wanted to make more of its medicines at home."] == "Lidia Marchwen"
    assert speakers.get("The chief executive said the company would build a plant near Garrowen.") != "Lidia Marchwen"


def test_the_director_of_public_health_of_the_city_of_a_place():
    body = (
        "GARROWEN, 3 February – The Director of Public Health of the city of Garrowen, Dr. Amira Ostley, on Monday "
        "received a delegation of the public health institute of Elvanor led by Dr. Viktor Tesmond.\n\n"
        "The Director of Public Health briefed the guests on the city's programme against tuberculosis.\n\n"
        "Dr. Tesmond said the institute could lend the city two mobile units."
    )
    assert_statements(body, [
        ("Amira Ostley", "indirect", "The Director of Public Health briefed the guests on the city's programme "
                                     "against tuberculosis."),
        ("Viktor Tesmond", "indirect", "Dr. Tesmond said the institute could lend the city two mobile units."),
    ])


def test_an_office_of_the_city_without_a_place_name_after_stays_as_it_was():
    # guard: "of the city of" with a lower-case word after it is no named city: the office is not cut there
    body = (
        "The Director of Public Health of the city of three rivers, Dr. Amira Ostley, received Dr. Viktor Tesmond.\n\n"
        "Dr. Tesmond said the institute could lend the city two mobile units."
    )
    assert_statements(body, [
        ("Viktor Tesmond", "indirect", "Dr. Tesmond said the institute could lend the city two mobile units."),
    ])
