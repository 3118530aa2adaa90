"""Helper h1089 (eighthundredtwentyeighth, the Governor of Missouri as local stations and papers print him): a U.S.
town and its state's code before a spaced dash is a dateline, in no statement ("Jefferson City, MO – Governor X says
…"); "He’s also hoping to …" is the pronoun's report, as "He is also hoping to …" ("’s" after a name stays a
possessive); a verbless setting printed as a sentence ("In a business roundtable at the Center.") is narrative, not a
report carried on from the paragraph before; a setting with a verb of its own is not touched."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_town_and_its_state_code_before_a_dash_is_a_dateline():
    body = "Marlow City, MO – Governor Dane Kovac says an agreement has been reached with Norland."
    assert_statements(body, [
        ("Dane Kovac", "indirect", "Governor Dane Kovac says an agreement has been reached with Norland."),
    ])


def test_a_town_and_an_ap_state_abbreviation_is_a_dateline_too():
    body = "Marlow City, Okla. — Governor Dane Kovac says an agreement has been reached with Norland."
    assert_statements(body, [
        ("Dane Kovac", "indirect", "Governor Dane Kovac says an agreement has been reached with Norland."),
    ])


def test_a_town_and_a_country_word_with_no_state_code_is_not_cut():
    # (a guard: "Marlow City, Norland – " is not a U.S. state's dateline; the long dash with no "The" after it is no
    # dateline the engine knows, and the sentence stays as it was)
    body = "Marlow City, Norland – Governor Dane Kovac says an agreement has been reached."
    assert_statements(body, [
        ("Dane Kovac", "indirect", "Marlow City, Norland – Governor Dane Kovac says an agreement has been reached."),
    ])


_MET = "Governor Dane Kovac met the Ambassador of Norland, Ivo Tamm, on Tuesday.\n\n"


def test_he_s_before_an_ing_form_is_he_is():
    body = _MET + "He’s also hoping to see more investment from Norland in the state."
    assert_statements(body, [
        ("Dane Kovac", "indirect", "He’s also hoping to see more investment from Norland in the state."),
    ])


def test_a_name_s_before_an_ing_form_stays_a_possessive():
    body = _MET + "Kovac’s urging of more trade won praise in Norland."
    assert_statements(body, [])


def test_a_two_letter_name_s_before_an_ing_form_stays_a_possessive():
    # (a guard the rule's own test reaches: "Li’s" is as long as "He’s", so only the pronoun check keeps it a
    # possessive; "Kovac’s" above is cut by the length test first)
    body = ("Governor Dane Kovac met the Ambassador of Norland, Ivo Li, on Tuesday.\n\n"
            "Li’s urging of more trade won praise in Norland.")
    assert_statements(body, [])


_HOSTED = ("Governor Dane Kovac hosted the Ambassador of Norland, Ivo Tamm, on Tuesday.\n\n"
           "Governor Dane Kovac is hoping to enhance the state's ties with Norland.\n\n")


def test_a_verbless_setting_is_not_carried_on():
    body = _HOSTED + ("In a business roundtable at the Marlow Plant Center. Kovac said health and farming are the "
                      "areas being looked at.")
    assert_statements(body, [
        ("Dane Kovac", "indirect", "Governor Dane Kovac is hoping to enhance the state's ties with Norland."),
        ("Dane Kovac", "indirect", "Kovac said health and farming are the areas being looked at."),
    ])


def test_a_setting_with_a_verb_is_left_as_it_was():
    # (a guard: "In a business sense, farming comes first." opens as a setting but has a verb: not `_SETTING_ALONE`,
    # so it is carried on as the governor's report between his two statements, as before)
    body = _HOSTED + ("In a business sense, farming comes first. Kovac said health and farming are the "
                      "areas being looked at.")
    assert_statements(body, [
        ("Dane Kovac", "indirect", "Governor Dane Kovac is hoping to enhance the state's ties with Norland."),
        ("Dane Kovac", "indirect", "In a business sense, farming comes first."),
        ("Dane Kovac", "indirect", "Kovac said health and farming are the areas being looked at."),
    ])
