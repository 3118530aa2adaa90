"""Readings of constructions the stop-34 helpers found and left alone (stop 34, helper d): "took the
opportunity to discuss …" (three-hundred-twenty-second ireland_taoiseach_2017-01-16_may_call), and others below.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL_TITLE = "Premier speaks with Chancellor Vask by phone"
CALL_LEAD = "Premier Olaf Renn and Chancellor Mara Vask spoke by phone this evening.\n\n"


def test_took_the_opportunity_to_discuss_is_what_one_person_said():
    """"The Prime Minister also took the opportunity to discuss the speech on Brexit which she plans to deliver
    tomorrow." (three-hundred-twenty-second ireland_taoiseach_2017-01-16_may_call): an occasion used to speak, one
    subject discussing, as "discussed"."""
    body = CALL_LEAD + (
        "They discussed the current situation in the region. The Chancellor also took the opportunity to discuss "
        "the speech on trade which she plans to deliver tomorrow."
    )
    assert_statements(body, [
        ("Mara Vask", "indirect", "The Chancellor also took the opportunity to discuss the speech on trade which she "
         "plans to deliver tomorrow."),
    ], title=CALL_TITLE)


def test_took_the_opportunity_to_visit_stays_an_act():
    """Guard: "took the opportunity to visit the new port" is an act, no statement."""
    body = CALL_LEAD + (
        "They discussed the current situation in the region. The Premier took the opportunity to visit the new port."
    )
    assert_statements(body, [], title=CALL_TITLE)


def test_a_city_dateline_joined_by_a_dash_is_no_holder_of_the_office():
    """"Quilemba – The President of the Republic, Manuel Katumbela Neto, received …" (styles13 lusanga_presidency):
    the city before the dash is a dateline, not a person holding the President's office, so "The Lusangan statesman
    considers …" is the President named after it."""
    body = (
        "Torvala – The President of the Republic, Anselmo Vuru Kassoma, received this Wednesday, at the Palace, "
        "the Minister of Foreign Affairs of Mbelia, Jonas Ekwe.\n\n"
        "The Velusian statesman considers that only dialogue can bring lasting peace to the region."
    )
    assert_statements(body, [
        ("Anselmo Vuru Kassoma", "indirect",
         "The Velusian statesman considers that only dialogue can bring lasting peace to the region."),
    ], title="Head of State receives message from the President of Mbelia")


def test_an_office_joined_to_an_office_by_a_dash_stays_one_person():
    """Guard: "Deputy Prime Minister – Minister of Finance Ivo Marrick said that …" is one office of one person,
    no dateline."""
    body = (
        "Deputy Prime Minister – Minister of Finance Ivo Marrick said that the budget would be balanced.\n\n"
        "The Minister added that taxes would not rise."
    )
    assert_statements(body, [
        ("Ivo Marrick", "indirect",
         "Deputy Prime Minister – Minister of Finance Ivo Marrick said that the budget would be balanced."),
        ("Ivo Marrick", "indirect", "The Minister added that taxes would not rise."),
    ], title="Deputy Prime Minister Marrick on the budget")


TALK_TITLE = "Velora-Kaldoria Foreign Ministers' Telephone Talk"


def test_a_surname_that_is_an_office_word_after_a_first_name_names_her():
    """"… held a telephone talk with the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia … Minister
    Bishop mentioned that …" (three-hundred-thirteenth japan_mofa press1e_000033): "Bishop" after a common first name
    is her surname, not a clergy office, so "Minister Bishop" is the minister of that surname."""
    body = (
        "Mr. Taro Venno, Minister for Foreign Affairs, held a telephone talk with the Hon. Anna Judge MP, Minister for "
        "Foreign Affairs of Kaldoria.\n\n"
        "Minister Venno stated that he welcomed the call. Minister Judge mentioned that she was willing to provide full "
        "cooperation."
    )
    assert_statements(body, [
        ("Taro Venno", "indirect", "Minister Venno stated that he welcomed the call."),
        ("Anna Judge", "indirect", "Minister Judge mentioned that she was willing to provide full cooperation."),
    ], title=TALK_TITLE)


def test_an_office_word_before_a_name_stays_the_office():
    """Guard: "Bishop Marek Halden … Bishop Halden said that …": the clergy office before a name, as before."""
    body = (
        "Metropolitan Ilan of Vostra met Bishop Marek Halden of Torsk on Sunday.\n\n"
        "Bishop Halden said that the diocese would open a new school."
    )
    assert_statements(body, [
        ("Marek Halden", "indirect", "Bishop Halden said that the diocese would open a new school."),
    ], title="Metropolitan Ilan met Bishop Marek Halden")


MEETING_TITLE = "Deputy Foreign Minister O.Marrin held a meeting with Charge d'affaires A.Tovesh"


def test_an_initial_glued_to_the_surname_is_still_the_initial_and_the_name():
    """"the Deputy Foreign Minister of Ukraine … O.Zerkal held a meeting with … A.Vorobyov … The Deputy Minister also
    stressed …" (three-hundred-twentieth ukraine_mfa_27982_zerkal_vorobyov): an initial with no space before the
    surname is the initial and the surname, as "O. Zerkal", not a name "O" alone (as "Mr.Putin" is "Mr." and
    "Putin")."""
    body = (
        "On 17 September, the Deputy Foreign Minister O.Marrin held a meeting with Charge d'affaires A.Tovesh.\n\n"
        "The Deputy Minister stressed the need for the Kaldorian side to observe the agreements."
    )
    assert_statements(body, [
        ("O. Marrin", "indirect", "The Deputy Minister stressed the need for the Kaldorian side to observe the agreements."),
    ], title=MEETING_TITLE)


def test_an_initial_with_a_space_before_the_surname_stays_as_it_was():
    """Guard: "the Deputy Foreign Minister O. Marrin …", the space written, reads as before."""
    body = (
        "On 17 September, the Deputy Foreign Minister O. Marrin held a meeting with Charge d'affaires A. Tovesh.\n\n"
        "The Deputy Minister stressed the need for the Kaldorian side to observe the agreements."
    )
    assert_statements(body, [
        ("O. Marrin", "indirect", "The Deputy Minister stressed the need for the Kaldorian side to observe the agreements."),
    ], title=MEETING_TITLE.replace("O.M", "O. M").replace("A.T", "A. T"))


FORMER_TITLE = "Former Nordhavian Prime Minister calls on Prime Minister"


def test_a_former_holder_in_lower_case_is_not_the_bare_office():
    """"On Monday, former Nordhavian Prime Minister X called on Prime Minister Y … The Prime Minister appreciated X's
    contribution …": "former" in lower case before the run is still his, so the bare "the Prime Minister" is Y, who
    holds the office now (as "Former Prime Minister of Japan X …", three-hundred-twenty-eighth
    mea_2022-05-24_suga_calls_on_pm)."""
    body = (
        "On Monday, former Nordhavian Prime Minister Karl Vemmer called on Prime Minister Ilan Torsk.\n\n"
        "The Prime Minister appreciated Mr Vemmer's contribution to the relationship.\n\n"
        "Mr Vemmer noted that trade had doubled."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "The Prime Minister appreciated Mr Vemmer's contribution to the relationship."),
        ("Karl Vemmer", "indirect", "Mr Vemmer noted that trade had doubled."),
    ], title=FORMER_TITLE)


def test_a_prime_minister_named_with_no_former_is_the_prime_minister():
    """Guard: "Nordhavian Prime Minister X called on Foreign Minister Y … The Prime Minister appreciated …": with no
    "former", the one named with the office holds it."""
    body = (
        "On Monday, Nordhavian Prime Minister Karl Vemmer called on Foreign Minister Ilan Torsk.\n\n"
        "The Prime Minister appreciated the warm welcome."
    )
    assert_statements(body, [
        ("Karl Vemmer", "indirect", "The Prime Minister appreciated the warm welcome."),
    ], title="Nordhavian Prime Minister calls on Foreign Minister")


VISIT_TITLE = "Delegation of Kaldoria visits Velora"


def test_a_group_welcomed_by_a_named_host_at_the_airport_is_an_act():
    """"The delegation was welcomed by Prime Minister X at the airport": a group received by its host where it
    arrived, an act, as "Mr Putin was welcomed by King Albert II at Melsbrook Airport" is (two-hundred-twenty-sixth
    34180); only the Prime Minister's words after it are his statement."""
    body = (
        "The delegation of the Kaldorian Parliament was welcomed by Prime Minister Ilan Torsk at the airport.\n\n"
        "The Prime Minister said that the visit would open a new chapter in relations."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "The Prime Minister said that the visit would open a new chapter in relations."),
    ], title=VISIT_TITLE)


def test_a_proposal_welcomed_by_a_named_person_at_a_body_is_still_his_statement():
    """Guard: "The proposal of the Kaldorian Parliament was welcomed by Prime Minister X at the Council of Europe": a
    thing welcomed, in words, his statement as before."""
    body = (
        "The proposal of the Kaldorian Parliament was welcomed by Prime Minister Ilan Torsk at the Council of Europe."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "The proposal of the Kaldorian Parliament was welcomed by Prime Minister Ilan Torsk "
         "at the Council of Europe."),
    ], title=VISIT_TITLE)
