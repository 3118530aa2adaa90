"""Helper h1313 (thousandtwelfth, the Governor of Namibia's Kunene Region as Namibian outlets print him): a name of two
equal words ("Mutambo Mutambo, one of the residents …, said …") is one person's two names, not a caption's repeated
surname; a pronoun's speech verb right after a bare "as" ("… for A, B and C people as she encouraged people to study")
is a clause inside the speaker's report, and the list's "and" before it cuts nothing; an object pronoun inside the
speaker's own quotation ("“… I provided him with blessings …,” he said") says nothing of who "he" is."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_of_two_equal_words_speaks():
    body = (
        "More than a thousand residents of Dorvan gathered on Friday to remember the late mayor.\n\n"
        "Tavo Tavo, one of the residents who has lived in Dorvan for more than 20 years, said the late mayor was a "
        "brave and hardworking person.\n"
    )
    assert_statements(body, [
        ("Tavo Tavo", "indirect",
         "Tavo Tavo, one of the residents who has lived in Dorvan for more than 20 years, said the late mayor was a "
         "brave and hardworking person."),
    ])


def test_a_repeated_surname_before_a_given_name_is_still_cut():
    # guard: a scraped caption's repeated word that runs on into more name words is no name of two equal words
    body = (
        "President Dorvik Dorvik Alen met Minister Sela Daruna in Velmar.\n\n"
        "Dorvik Alen said the talks were useful.\n"
    )
    assert_statements(body, [
        ("Dorvik Alen", "indirect", "Dorvik Alen said the talks were useful."),
    ])


def test_a_pronoun_after_a_bare_as_stays_in_the_report():
    body = (
        "Former councillor Kaso Denu spoke at the memorial of the late governor Mira Tesse.\n\n"
        "He said the governor built schools for the Ovari, Ovatenga and Ovaduni people as she encouraged people to "
        "study although she did not go to school herself.\n"
    )
    assert_statements(body, [
        ("Kaso Denu", "indirect",
         "He said the governor built schools for the Ovari, Ovatenga and Ovaduni people as she encouraged people to "
         "study although she did not go to school herself."),
    ])


def test_a_pronoun_after_a_comma_and_as_is_still_cut():
    # guard: ", as she noted …" sets off an aside that may give another's words: the cut stays
    body = (
        "Former councillor Kaso Denu spoke at the memorial of the late governor Mira Tesse.\n\n"
        "He said the governor built schools for the Ovari and the Ovaduni, as she noted the need for study.\n"
    )
    assert_statements(body, [
        ("Kaso Denu", "indirect", "He said the governor built schools for the Ovari and the Ovaduni"),
        ("Mira Tesse", "indirect", "as she noted the need for study."),
    ])


def test_a_second_named_speaker_after_and_is_still_cut():
    # guard: "and" before another named speaker's clause still opens it
    body = (
        "Former councillor Kaso Denu met Governor Mira Tesse in Dorvan.\n\n"
        "Denu said the region needed schools and Tesse stressed that roads came first.\n"
    )
    assert_statements(body, [
        ("Kaso Denu", "indirect", "Denu said the region needed schools"),
        ("Mira Tesse", "indirect", "Tesse stressed that roads came first."),
    ])


def test_an_object_pronoun_inside_the_quotation_leaves_he_with_the_last_subject():
    body = (
        "Newly appointed Governor Davo Mbeka was welcomed at the office of Kaptein Telo Rusan on Wednesday.\n\n"
        "The event was attended by Mayor John Vasse and council members. Kaptein Rusan told the agency the gathering "
        "was held to offer support.\n\n"
        "“This is history in the making. We are blessed, that is why I provided him with blessings on his path "
        "ahead,” he said.\n"
    )
    assert_statements(body, [
        ("Kaptein Telo Rusan", "indirect",
         "Kaptein Rusan told the agency the gathering was held to offer support."),
        ("Kaptein Telo Rusan", "direct",
         "This is history in the making. We are blessed, that is why I provided him with blessings on his path ahead"),
    ])


def test_an_object_pronoun_in_the_narrative_still_points_past_the_subject():
    # guard: "X thanked him for …" (the narrative's object, X of no known sex) still makes "he" the man named before
    body = (
        "Newly appointed Governor Davo Mbeka was welcomed at the office of Kaptein Telo Rusan on Wednesday.\n\n"
        "The event was attended by Mayor John Vasse and council members. Kaptein Rusan thanked him for the visit.\n\n"
        "“This is history in the making,” he said.\n"
    )
    assert_statements(body, [
        ("Kaptein Telo Rusan", "indirect", "Kaptein Rusan thanked him for the visit."),
        ("John Vasse", "direct", "This is history in the making"),
    ])
