"""Rules from the nine-hundred-twelfth held-out set (the Mayor of Blantyre City, Malawi, and those at the mayors'
meetings, widened to Lilongwe's Mayor and his city summit, 2015-2025): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_national_unity_ends_the_ministry_not_opens_the_name():
    """"Minister of Local Government and National Unity Richard Chimwendo Banda says …" (Malawi24 2023-05-25): "Unity"
    after "National" is the ministry's last word, not a given name; before, the speaker was "Unity … Banda"."""
    body = ("Minister of Local Government and National Unity Olek Sarn Varn says the government has embarked on "
            "improving sanitation in the cities. Varn said there is a need to work collaboratively.")
    assert_statements(body, [
        ("Olek Sarn Varn", "indirect", "Minister of Local Government and National Unity Olek Sarn Varn says the "
         "government has embarked on improving sanitation in the cities."),
        ("Olek Sarn Varn", "indirect", "Varn said there is a need to work collaboratively."),
    ])


def test_national_heritage_ends_the_ministry_too():
    """The same for "Minister of Culture and National Heritage X": the portfolio, not the name's first word."""
    body = "Minister of Culture and National Heritage Ima Dell Sello says the festival will open in May."
    assert_statements(body, [
        ("Ima Dell Sello", "indirect", "Minister of Culture and National Heritage Ima Dell Sello says the festival "
         "will open in May."),
    ])


def test_unity_as_a_given_name_after_an_office_stays_the_name():
    """The guard: "Unity" is a given name when no "National" stands before it ("Foreign Minister Unity Dorn")."""
    body = "Zarnian Foreign Minister Unity Dorn said the talks were fruitful."
    assert_statements(body, [
        ("Unity Dorn", "indirect", "Zarnian Foreign Minister Unity Dorn said the talks were fruitful."),
    ])


def test_said_the_mayor_semicolon_is_the_verb_not_a_name():
    """"Said the Mayor; “…”" then "“…,” he added." and "He said; “…”" (Nyasa Times, Blantyre's Mayor): "Said" before
    "the" is the inverted verb, so "he" is the Mayor; before, a Mr "Said" took the next two quotations."""
    body = ("Zarnian City Mayor Olek Varn has asked the traders to invest in the city.\n\n"
            "Said the Mayor; “It is noted that this campaign will help the city.”\n\n"
            "“It is also an opportunity for the health sector,” he added.\n\n"
            "He said; “Let me assure our usual commitment to the traders.”")
    assert_statements(body, [
        ("Olek Varn", "indirect", "Zarnian City Mayor Olek Varn has asked the traders to invest in the city."),
        ("Olek Varn", "direct", "It is noted that this campaign will help the city."),
        ("Olek Varn", "direct", "It is also an opportunity for the health sector,"),
        ("Olek Varn", "direct", "Let me assure our usual commitment to the traders."),
    ])


def test_said_the_mayor_colon_opening_a_paragraph_is_no_transcript_label():
    """"Said the Mayor: “…”" at a paragraph's start is a lead-in, not a label whose turn runs on: the narrative
    paragraph after it is no one's."""
    body = ("Zarnian City Mayor Olek Varn has asked the traders to invest in the city.\n\n"
            "Said the Mayor: “The campaign will help the city.”\n\n"
            "The weather was fine during the festival.\n\n"
            "“It is also an opportunity,” he added.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "Zarnian City Mayor Olek Varn has asked the traders to invest in the city."),
        ("Olek Varn", "direct", "The campaign will help the city."),
        ("Olek Varn", "direct", "It is also an opportunity,"),
    ])


def test_said_as_a_given_name_stays_the_name():
    """The guard: "Said" before a surname is a given name ("Said Kerim"), as "Said Jalili" is."""
    body = "Zarnian envoy Said Kerim said the talks were fruitful."
    assert_statements(body, [
        ("Said Kerim", "indirect", "Zarnian envoy Said Kerim said the talks were fruitful."),
    ])
