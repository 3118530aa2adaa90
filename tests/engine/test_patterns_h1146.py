"""Helper h1146 (eighthundredseventythird, the Governor of South Carolina as outlets print the office): a clause of one
person's act, then ", and" and a second person set off by a describing aside who speaks ("X met with Y …, and Z, X's
chief of staff, said …"): Z's words, from Z's name on; a U.S. state's two-capital postal code between a wire's city and
its outlet in brackets ("COLUMBIA, SC (FOX Carolina) - ") is a dateline, in no statement; a pronoun after ", but" is the
lone surname that opens the sentence ("Sanford stuck …, but he also offered …"), not the last speaker."""

from __future__ import annotations

from .test_patterns import assert_statements

_MARSH_TRIP = "Gov. Lena Marsh of Belmont traveled to Varna to meet with President Tomas Orlik on Monday.\n\n"


def test_speaker_set_off_after_a_clause_of_anothers_act():
    body = _MARSH_TRIP + (
        "Marsh met with Orlik at his office in the Old Palace, and Ivo Kral, Marsh's chief of staff, said the meeting "
        "went well."
    )
    assert_statements(body, [
        ("Ivo Kral", "indirect", "Ivo Kral, Marsh's chief of staff, said the meeting went well."),
    ])


def test_relative_clause_after_the_opener_is_no_clause_of_its_own():
    # guard: "Marsh, who met …, and Ivo Kral, …, said": no past form right after the opener, so the rule leaves the
    # sentence as it was (the opener's)
    body = _MARSH_TRIP + (
        "Marsh, who met with Orlik at his office, and Ivo Kral, her chief of staff, said the meeting went well."
    )
    assert_statements(body, [
        ("Lena Marsh", "indirect",
         "Marsh, who met with Orlik at his office, and Ivo Kral, her chief of staff, said the meeting went well."),
    ])


def test_postal_code_dateline_before_an_outlet_in_brackets():
    body = "VARNA, BE (Belmont Radio) - Governor Paul Dresner said he met with President Tomas Orlik last week."
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Governor Paul Dresner said he met with President Tomas Orlik last week."),
    ])


def test_mixed_case_city_before_an_outlet_stays_in_the_sentence():
    # guard: only a city in capitals makes the wire's dateline
    body = "Varna, BE (Belmont Radio) - Governor Paul Dresner said he met with President Tomas Orlik last week."
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Varna, BE (Belmont Radio) - Governor Paul Dresner said he met with President Tomas Orlik last week."),
    ])


_DRESNER_TRIP = (
    "Gov. Paul Dresner was back in the headlines Thursday after reporters spotted him in Varna.\n\n"
    "Ivo Kral, Dresner's communications director, said the governor met with an investor.\n\n"
)


def test_pronoun_after_but_is_the_lone_surname_opening_the_sentence():
    body = _DRESNER_TRIP + "Dresner stuck mostly to trade in his address, but he also offered an apology for the delay."
    assert_statements(body, [
        ("Ivo Kral", "indirect", "Ivo Kral, Dresner's communications director, said the governor met with an investor."),
        ("Paul Dresner", "indirect", "he also offered an apology for the delay."),
    ])


def test_pronoun_of_another_gender_than_the_opener_stays_the_last_speakers():
    # guard: "she" cannot be Paul Dresner, so the lone surname opening the sentence is not taken
    body = _DRESNER_TRIP + "Dresner stuck mostly to trade in his address, but she also offered an apology for the delay."
    assert_statements(body, [
        ("Ivo Kral", "indirect", "Ivo Kral, Dresner's communications director, said the governor met with an investor."),
        ("Ivo Kral", "indirect", "she also offered an apology for the delay."),
    ])
