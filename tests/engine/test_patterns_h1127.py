"""Helper h1127 (hard84, stop 65's left-over constructions): a firm's "country manager" (a remit of a place between
the office and the name's comma, "its country manager for Vardonia, Ms. Y,") as the office "The country manager said …"
means; "the brigadier" alone for a named brigadier; "The former <office> said …" naming the one spoken
of last by a past office, and "the former ambassador" a present ambassador before the sole former holder of another
office; "The city leader" for the city's mayor; "The city hopes …" / "The province hopes …" carrying on a mayor's or a
provincial chairman's report. Each with a guard of the near shape."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# A firm's country manager and regional director

FIRM_CALL = ("Minister of Energy of Vardonia Dr. Ilse Marrowen on Monday received a delegation of the Kessian firm "
             "Tollen Power led by its country manager, Mr. Aurel Bastow, and its regional director for Central Europe, "
             "Ms. Petra Wenslow. The ministry's Director of Grids, Mr. Ole Fransk, also attended.\n\n")


def test_a_firms_country_manager_is_the_one_named_so():
    assert_statements(FIRM_CALL + (
        "The country manager said Tollen would build two wind farms in the north.\n\n"
        "“We need a grid that can take the power,” the country manager said."), [
        ("Aurel Bastow", "indirect", "The country manager said Tollen would build two wind farms in the north."),
        ("Aurel Bastow", "direct", "We need a grid that can take the power,"),
    ])


def test_a_country_manager_with_a_remit_of_a_place_before_the_name():
    assert_statements(
        "Minister of Energy of Vardonia Dr. Ilse Marrowen on Monday received a delegation of Tollen Power led by its "
        "chief executive, Mr. Odo Lask, and its country manager for Vardonia, Ms. Petra Wenslow. The ministry's "
        "Director of Grids, Mr. Ole Fransk, also attended.\n\n"
        "The country manager said Tollen would build two wind farms in the north.", [
            ("Petra Wenslow", "indirect", "The country manager said Tollen would build two wind farms in the north."),
        ])


def test_a_country_manager_no_one_is_named_as_is_not_the_minister():
    # guard: no country manager named, so "The country manager" is not the minister, the only one named
    body = ("Minister of Energy of Vardonia Dr. Ilse Marrowen on Monday received a delegation of Tollen Power.\n\n"
            "Dr. Marrowen said the grid would be extended.\n\n"
            "The country manager said Tollen would build two wind farms in the north.")
    speakers = {s.text: s.speaker for s in run(body).statements}
    assert speakers["Dr. Marrowen said the grid would be extended."] == "Ilse Marrowen"
    assert speakers.get("The country manager said Tollen would build two wind farms in the north.") != "Ilse Marrowen"


# A lone rank: "the brigadier"

COLLEGE_CALL = ("General Odo Varnsk, Chief of Defence Staff of Vardonia, on Wednesday received a delegation of the "
                "Kessian Defence College led by its commandant, Brigadier Lorne Haskel. The delegation included "
                "Colonel Mira Stoddel, the college's director of studies.\n\n")


def test_the_brigadier_alone_is_the_named_brigadier():
    assert_statements(COLLEGE_CALL + (
        "The brigadier thanked the Chief of Defence Staff for the reception and said the college would open two more "
        "places.\n\n"
        "The colonel noted that the tour would take in the naval base."), [
        ("Lorne Haskel", "indirect", "The brigadier thanked the Chief of Defence Staff for the reception and said the "
                                     "college would open two more places."),
        ("Mira Stoddel", "indirect", "The colonel noted that the tour would take in the naval base."),
    ])


def test_the_brigadier_before_a_brigadiers_quotation():
    assert_statements(COLLEGE_CALL + "“Our officers learn much from your peacekeepers,” the brigadier said.", [
        ("Lorne Haskel", "direct", "Our officers learn much from your peacekeepers,"),
    ])


# "The former <office>" for the one spoken of last

SEMINAR = ("The Vardonian Institute of Strategic Studies on Saturday held a seminar on the northern border.\n\n"
           "The keynote address was given by retired Lieutenant General Bram Ostvik, who commanded the Northern Army "
           "from 2016 to 2020. Ostvik said the border had been quiet for three years.\n\n")


def test_the_former_commander_is_the_one_spoken_of_last():
    assert_statements(SEMINAR + "The former commander of the Northern Army said the guard's boats were too old.", [
        ("Bram Ostvik", "indirect", "Ostvik said the border had been quiet for three years."),
        ("Bram Ostvik", "indirect", "The former commander of the Northern Army said the guard's boats were too old."),
    ])


def test_the_former_ambassador_is_the_ambassador_not_the_former_minister_named_last():
    assert_statements(SEMINAR + (
        "The former commander of the Northern Army said the guard's boats were too old.\n\n"
        "Ambassador Lise Kantor, who served as envoy to Kessia until last year, told the seminar that a joint patrol "
        "had been agreed.\n\n"
        "The former ambassador added that Kessia wanted the protocol signed before the winter.\n\n"
        "The seminar was attended by the former Minister of Defence, Mr. Harald Osk."), [
        ("Bram Ostvik", "indirect", "Ostvik said the border had been quiet for three years."),
        ("Bram Ostvik", "indirect", "The former commander of the Northern Army said the guard's boats were too old."),
        ("Lise Kantor", "indirect", "Ambassador Lise Kantor, who served as envoy to Kessia until last year, told the "
                                    "seminar that a joint patrol had been agreed."),
        ("Lise Kantor", "indirect", "The former ambassador added that Kessia wanted the protocol signed before the "
                                    "winter."),
    ])


def test_a_former_officer_with_an_indefinite_article_is_not_the_one_spoken_of_last():
    # guard: "A former commander …" brings in someone new; only "The former …" names again the one spoken of last
    body = SEMINAR + "A former commander of the Northern Army said the guard's boats were too old."
    speakers = {s.text: s.speaker for s in run(body).statements}
    assert speakers["Ostvik said the border had been quiet for three years."] == "Bram Ostvik"
    assert speakers.get("A former commander of the Northern Army said the guard's boats were too old.") != "Bram Ostvik"


# A city's leader and its own place carrying on a report

CITY_CALL = ("BRESK — Mayor of Bresk Tomas Vellin on Tuesday received the new Consul General of Kessia, Ms. Ada "
             "Morrow. Deputy Mayor Lina Harsk and the director of the city's Department of External Relations, Mr. "
             "Piet Olsund, also attended.\n\n")


def test_the_city_leader_is_the_mayor_not_the_director_named_last():
    assert_statements(CITY_CALL + "The city leader thanked the consulate for its help during last winter's floods.", [
        ("Tomas Vellin", "indirect", "The city leader thanked the consulate for its help during last winter's floods."),
    ])


def test_the_city_hopes_carries_on_the_mayors_report():
    assert_statements(CITY_CALL + (
        "Vellin said Bresk had grown by 7 percent last year. The city hopes to open a direct air route to Kessia next "
        "year. He also said the port would be enlarged."), [
        ("Tomas Vellin", "indirect", "Vellin said Bresk had grown by 7 percent last year."),
        ("Tomas Vellin", "indirect", "The city hopes to open a direct air route to Kessia next year."),
        ("Tomas Vellin", "indirect", "He also said the port would be enlarged."),
    ])


def test_the_province_hopes_carries_on_a_provincial_chairmans_report():
    assert_statements(
        "Chairman of the Orsk Provincial Council Mr. Emil Vantreck on Monday hosted a delegation of the Kessian "
        "Chamber of Commerce.\n\n"
        "Vantreck said Orsk had drawn 2 billion euros of investment in five years. The province hopes to export fruit "
        "to Kessia by air. He also said the airport would be enlarged.", [
            ("Emil Vantreck", "indirect", "Vantreck said Orsk had drawn 2 billion euros of investment in five years."),
            ("Emil Vantreck", "indirect", "The province hopes to export fruit to Kessia by air."),
            ("Emil Vantreck", "indirect", "He also said the airport would be enlarged."),
        ])


def test_the_city_hopes_with_no_ones_report_around_it_stays_no_ones():
    # guard: a twin-city meeting where no one reports; the city's hope is the body's, no person's
    result = run("The twin-city committee of Bresk and Orsk held its fifth meeting on Thursday. The Bresk side was led "
                 "by Deputy Mayor Lina Harsk.\n\n"
                 "The two sides exchanged views on student exchanges. The city hopes to send 200 students to Orsk next "
                 "year.")
    assert not [s for s in result.statements if s.speaker]
