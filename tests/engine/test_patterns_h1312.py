"""Rules from the thousand-eleventh held-out set (the Governor of Isabela and those at or of the governor's meetings,
widened to Leyte's and Cagayan's governors, 2010-2025): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_mayor_of_this_city_on_a_day_is_the_named_mayor():
    """"Mayor X of this city on Monday announced the formation of …, which he said would be …" (northbound
    2018-01-23): the dateline's place by its common noun after "of" is the holder's post, as "Mayor X of Cauayan" is,
    and the day after it is when. Before, the place was read as the subject, a thing, and the sentence no one's."""
    lead = ("Mayor Tomas Varel of this city on Monday announced the formation of the Greater Orlin union, which he said"
            " would be the farm capital of the country.")
    assert_statements(lead, [
        ("Tomas Varel", "indirect", lead),
    ])


def test_a_governor_of_this_province_said():
    """The same with "of this province" and the verb right after it."""
    lead = "Governor Lina Marsk of this province said the new bridge would open in June."
    assert_statements(lead, [
        ("Lina Marsk", "indirect", lead),
    ])


def test_the_people_of_this_city_are_no_one():
    """The guard: no name before "of this city", the people a group, no one speaks."""
    assert_statements("The people of this city on Monday said they would welcome the new bridge.", [])


def test_a_pair_whose_second_is_set_off_after_his_kin_is_a_group():
    """"Leyte Gov. X and his elder brother, former Energy Sec. Y, have expressed support to …" (inquirer, the Petilla
    brothers): the two together, a group, not the brother alone as before."""
    assert_statements("Orlin Gov. Marek Doval and his elder brother, former Energy Sec. Pavel Doval, have expressed "
                      "support to the candidate Ivo Stam.", [])


def test_a_name_set_off_after_an_opening_phrase_still_speaks():
    """The guard: "and his aides" inside an opening participle's phrase, no person opening the clause before "and":
    the minister set off after it speaks."""
    text = "Speaking to reporters and his aides, Minister Karl Voss, who chairs the board, said the plan was good."
    assert_statements(text, [
        ("Karl Voss", "indirect", text),
    ])


def test_a_list_a_plural_office_opens_with_semicolons_is_a_group():
    """"Governors A of …; B of …; and C of … have also expressed their support to …" (the same page): the governors
    together, as the list with commas already is; before, the last governor alone."""
    assert_statements("Governors Ana Voss of Kell; Ben Rho of Tarn; and Cy Mor of Vell have also expressed their "
                      "support to the candidate.", [])


def test_a_single_office_before_and_is_no_list():
    """The guard: a clause opened by one office, not a plural one; the minister after ", and" speaks alone."""
    assert_statements("President Ana Voss and her guest met on Monday, and Minister Cy Mor said the plan was good.", [
        ("Cy Mor", "indirect", "Minister Cy Mor said the plan was good."),
    ])


def test_a_judging_verb_after_a_prepositions_object_stays_in_the_report():
    """"Albano said the recent typhoons that brought huge volume of water and caused flooding in the province deemed
    it necessary to …" (reliefweb 2020-11-25): "the province", the object of "in", is no subject of "deemed it"; the
    report runs on whole. Before, it was cut after "water"."""
    first = "Governor Tomas Varel met the mayors on Monday."
    second = ("Varel said the storms that brought heavy rain and caused flooding in the province deemed it necessary to"
              " move the families.")
    assert_statements(first + "\n\n" + second, [
        ("Tomas Varel", "indirect", second),
    ])


def test_a_bodys_own_judgement_after_and_still_ends_the_report():
    """The guard: "the ministry", no preposition before it, judges on its own after ", and"; the governor's report
    ends before it, as before."""
    first = "Governor Tomas Varel met the mayors on Monday."
    second = "Varel said the plan was good, and the ministry deemed it necessary to move the families."
    assert_statements(first + "\n\n" + second, [
        ("Tomas Varel", "indirect", "Varel said the plan was good"),
    ])
