"""Rules from the hundred-forty-eighth held-out set (en.kremlin.ru, Feb and Dec 2018): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_nationality_alone_is_the_untitled_writer_when_no_one_of_that_country_holds_an_office():
    """"Vladimir Putin congratulated President of Azerbaijan X … In his message of congratulations the Russian noted
    that …" (59476, the source lost "President"): "the Russian" is a person named by the nationality alone; no one of
    that country holds an office the readout names, so it is the one whose country it never gave, the writer (the
    guest of another country is not him). It gives him a country, not an office: "The President of Russia wished …"
    after it is still his (the set missed one statement, and a first fix that taught him the office "official" lost
    the next)."""
    body = ("Ivo Marr congratulated President of the Republic of Sundara Bayu Santoso on his birthday.\n\n"
            "In his message of congratulations the Velorian noted that Bayu Santoso enjoys well-deserved recognition "
            "as a true leader of his country.\n\n"
            "The President of Veloria wished the President of Sundara good health.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr congratulated President of the Republic of Sundara Bayu Santoso on his "
                                 "birthday."),
        ("Ivo Marr", "indirect", "In his message of congratulations the Velorian noted that Bayu Santoso enjoys "
                                 "well-deserved recognition as a true leader of his country."),
        ("Ivo Marr", "indirect", "The President of Veloria wished the President of Sundara good health."),
    ])


def test_a_nationality_alone_stays_the_titled_person_of_that_country():
    """The fallback is only for a country no one holds an office of: "the Sundaran" after "President of Sundara X"
    is X, not the untitled host."""
    body = ("Ivo Marr had a telephone conversation with President of the Republic of Sundara Bayu Santoso.\n\n"
            "The Sundaran expressed his condolences over the floods. Ivo Marr thanked him for the support.")
    assert_statements(body, [
        ("Bayu Santoso", "indirect", "The Sundaran expressed his condolences over the floods."),
        ("Ivo Marr", "indirect", "Ivo Marr thanked him for the support."),
    ])


def test_a_nationality_alone_is_no_one_when_two_people_have_no_known_country():
    """Damage limit of the rule above: with two people of no known country, "the Velorian" is neither (a guess
    would give one of them words the readout does not say are his)."""
    body = ("Ivo Marr met with Tomas Rell in the capital.\n\n"
            "Tomas Rell said that the visit was useful. The Velorian noted that the talks would continue. "
            "Ivo Marr thanked his guest for the visit.")
    assert_statements(body, [
        ("Tomas Rell", "indirect", "Tomas Rell said that the visit was useful."),
        ("Ivo Marr", "indirect", "Ivo Marr thanked his guest for the visit."),
    ])
