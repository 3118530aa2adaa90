"""Rules from the eight-hundred-ninety-fifth held-out set (Tanzania's Regional Commissioners, Dar es Salaam's first,
as the Daily News, The Citizen and others print them, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_directed_public_servants_to_is_an_order():
    """"The Dar es Salaam Regional Commissioner X has directed public servants in his region to work hard …" (Daily News
    2020-12-11): an order to those under him, as "directed officials to". Before, no one's."""
    body = ("The Zarnian Regional Governor Abel Koro has directed public servants in his region to work hard for "
            "investors. He also directed ward executives to remove the stalls.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "The Zarnian Regional Governor Abel Koro has directed public servants in his "
                                  "region to work hard for investors."),
        ("Abel Koro", "indirect", "He also directed ward executives to remove the stalls."),
    ])


def test_directed_them_to_a_verb_is_an_order():
    """"President X has administered oaths to nine … and directed them to deliver accordingly." (Daily News 2022-08-02):
    "them" and "to" with a verb. Before, no one's."""
    body = "President Abel Koro has administered oaths to nine new governors and directed them to deliver accordingly."
    assert_statements(body, [
        ("Abel Koro", "indirect", body),
    ])


def test_directed_them_to_a_place_or_funds_to_stays_narrative():
    """The guard: "directed them to the exit" shows a way, "directed funds to build" moves money: no one speaks."""
    body = ("President Abel Koro met the guards and directed them to the exit. "
            "Governor Lina Sorr directed funds to build schools in the north.")
    assert_statements(body, [])


def test_ordered_capitalised_addressees_to_a_hyphenated_verb():
    """"President X has ordered Regional Commissioners to re-organize petty traders …" (Daily News 2021-09-13): the
    verb after "to" carries a hyphen. Before, no one's."""
    body = "President Abel Koro has ordered Regional Governors to re-organize petty traders across the country."
    assert_statements(body, [
        ("Abel Koro", "indirect", body),
    ])


def test_ordered_a_qualified_noun_of_action_of():
    """"X has ordered immediately rehabilitation of all dilapidated … buildings" (Daily News 2021-11-23), and "ordered
    immediate closure of": one word of haste before the noun of action. Before, no one's."""
    body = ("Governor Abel Koro has ordered immediately rehabilitation of all dilapidated buildings in the city. "
            "Governor Lina Sorr ordered immediate closure of the old market.")
    assert_statements(body, [
        ("Abel Koro", "indirect",
         "Governor Abel Koro has ordered immediately rehabilitation of all dilapidated buildings in the city."),
        ("Lina Sorr", "indirect", "Governor Lina Sorr ordered immediate closure of the old market."),
    ])


def test_ordered_a_total_of_stays_narrative():
    """The guard: "ordered a total of fifty trucks" is a purchase, an article before the noun."""
    body = "Governor Abel Koro ordered a total of fifty trucks for the city."
    assert_statements(body, [])


def test_gave_the_orders_on_a_day_during_is_only_when():
    """"He gave the orders Monday in Dar es Salaam during the launching of …" (Daily News 2021-11-23): the orders told
    before, this sentence only when and where, as "gave the relevant instructions as …". Before, it was his too."""
    body = ("Governor Abel Koro has directed officials to close the old market. "
            "He gave the orders Monday in Zarnow during the launching of a cleanliness campaign.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "Governor Abel Koro has directed officials to close the old market."),
    ])


def test_gave_the_directives_adding_that_stays_a_statement():
    """The guard: "…, adding that …" after the occasion tells what was said."""
    body = ("Governor Abel Koro has directed officials to close the old market. "
            "He gave the directives on Monday in Zarnow, adding that the exercise should be smooth.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "Governor Abel Koro has directed officials to close the old market."),
        ("Abel Koro", "indirect",
         "He gave the directives on Monday in Zarnow, adding that the exercise should be smooth."),
    ])


def test_said_this_in_his_opening_remarks_is_only_where():
    """"Mr X said this in his opening remarks of conference between …" (Daily News 2020-12-11): only where the words
    before were said, as "said this during the conference"; "remarks" is the occasion's noun, no cue word. Before, the
    sentence was his statement."""
    body = ("Governor Abel Koro said that his region was realising the government's dream. "
            "Mr Koro said this in his opening remarks of conference between him and the traders.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "Governor Abel Koro said that his region was realising the government's dream."),
    ])


def test_said_this_in_his_remarks_adding_that_stays_a_statement():
    """The guard: "…, adding that …" after his remarks tells what he said."""
    body = ("Governor Abel Koro said that his region was realising the government's dream. "
            "He said this in his remarks, adding that the roads were good.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "Governor Abel Koro said that his region was realising the government's dream."),
        ("Abel Koro", "indirect", "He said this in his remarks, adding that the roads were good."),
    ])


def test_office_before_its_own_initials_is_the_names():
    """"Arusha Regional Commissioner (RC) John Mongella revealed …" then "… according to the regional commissioner is
    …", "According to Regional Commissioner, …" (eaclc 2023-03, the Daily News): the office whose initials the brackets
    spell is the name's, as with no brackets between. Before, the later office was no one's."""
    body = ("The Zarnian Regional Commissioner (RC) Abel Koro revealed that the sector was growing. "
            "According to the regional commissioner, roads were good. "
            "The regional commissioner also said that trade had grown.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "The Zarnian Regional Commissioner (RC) Abel Koro revealed that the sector was growing."),
        ("Abel Koro", "indirect", "According to the regional commissioner, roads were good."),
        ("Abel Koro", "indirect", "The regional commissioner also said that trade had grown."),
    ])


def test_initials_that_do_not_spell_the_office_stay_apart():
    """The guard: "(ZPC)" is not the office's "RC", so the brackets may be a body's, and the office stays unread."""
    body = ("Zarna Regional Commissioner (ZPC) Abel Koro revealed that the sector was growing. "
            "According to the regional commissioner, roads were good.")
    assert_statements(body, [
        ("Abel Koro", "indirect", "Zarna Regional Commissioner (ZPC) Abel Koro revealed that the sector was growing."),
    ])
