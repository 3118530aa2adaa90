"""Readings of known errors of labelled Kremlin held-out sets (stop 33): an honorific written with no
space before the name ("Mr.Putin showed Mr.Abramovich the according statistics.", ninety-fourth
kremlin_33435).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Oren Vask held a working meeting with Governor Ilan Torsk"


def test_honorific_with_no_space_names_the_person_who_acts():
    """"Noting these positive results, the President also said that … Mr.Putin showed Mr.Abramovich the
    according statistics." (ninety-fourth kremlin_33435): "Mr." with no space before the name is still
    the honorific and the name, so the President acts (he shows figures) and his report does not go on
    into that sentence."""
    body = (
        "Governor Ilan Torsk reported that the regional product had grown fivefold.\n\n"
        "Noting these results, the President also said that the finances of local firms had worsened. "
        "Mr.Vask showed Mr.Torsk the according statistics."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "Governor Ilan Torsk reported that the regional product had grown fivefold."),
        ("Oren Vask", "indirect",
         "Noting these results, the President also said that the finances of local firms had worsened."),
    ], title=TITLE)


def test_honorific_with_no_space_before_a_speech_verb_still_speaks():
    """Guard: "Mr.Vask asked about …" (the same readout's "Mr.Putin asked about the level of salary …")
    stays his statement."""
    body = (
        "Governor Ilan Torsk reported that the regional product had grown fivefold.\n\n"
        "Mr.Vask asked about the level of salaries in the public sector."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "Governor Ilan Torsk reported that the regional product had grown fivefold."),
        ("Oren Vask", "indirect", "Mr.Vask asked about the level of salaries in the public sector."),
    ], title=TITLE)


def test_called_a_name_a_great_holiday_is_a_view_stated():
    """"The Russian President called Victory Day a great, truly national holiday." (two-hundred-thirty-fourth
    kremlin_33303; eighty-ninth 42761's "called Gennady Seleznev a good specialist"): a name with no determiner,
    then "a" and what it is called, a view stated, as "called the decision a betrayal"."""
    body = (
        "President Oren Vask spoke at a concert for veterans.\n\n"
        "The President called Unity Day a great, truly national holiday."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President called Unity Day a great, truly national holiday."),
    ], title="President Oren Vask made a speech before the concert")


def test_called_a_named_leader_an_hour_later_is_a_telephone_call():
    """Guard: "called Chancellor Ilan Torsk an hour after the vote" is a telephone call and when, as "called the
    Chancellor a day after"; no view is stated."""
    body = (
        "President Oren Vask returned to the capital on Monday.\n\n"
        "The President called Chancellor Ilan Torsk an hour after the vote."
    )
    assert_statements(body, [], title="President Oren Vask returned to the capital")
