"""Readings of styles36 (city and regional governments' international meetings): a two-letter initial glued to a
surname ("Mayor of Valmora Ts.Orgilsaikhan"), an office "in charge of" its remit after its city ("the Deputy Mayor of
Brevanne in charge of International Relations and the Francophonie, Mr. X"), a lower-case office with its remit after "for" as
the subject ("the city's deputy mayor for international relations invited …"), a mayor's style "His Worship" as the
subject, a "Lord Mayor" who is a woman, and a city's readiness or the two cities as the subject of a mayor's report
carried on in the Chinese manner ("Caolan is ready to …", "Caolan and Estermund share …").

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_two_letter_initial_glued_to_the_surname():
    """"Mayor of Valmora Ts.Orgilsaikhan" (a Cyrillic letter's initial, Montsame-like): the person "Ts.
    Orgilsaikhan", the Mayor of Valmora, not a person "Valmora Ts"; the legend's office is "Mayor of Valmora"."""
    opening = ("Valmora /KHANGAI NEWS/ On March 3, Mayor of Valmora Ts.Orgilsaikhan met with the Ambassador of "
               "Dravenland, Mr. Oskar Lindqvar. ")
    congratulated = "The Mayor congratulated the Ambassador on his appointment."
    proposed = "Mayor Ts.Orgilsaikhan put forward a proposal on establishing sister-city relations with Halsby."
    body = f"{opening}{congratulated}\n\n{proposed}\n"
    result = assert_statements(body, [("Ts. Orgilsaikhan", "indirect", congratulated),
                                      ("Ts. Orgilsaikhan", "indirect", proposed)])
    mayor = next(s for s in result.speakers if s.name == "Ts. Orgilsaikhan")
    assert mayor.role == "Mayor of Valmora"


def test_an_office_in_charge_of_its_remit_after_its_city():
    """"the Deputy Mayor of Brevanne in charge of International Relations and the Francophonie, Mr. X" (an article
    inside the remit, which the office read with "of" for "in charge of" cannot hold): a deputy mayor of Brevanne,
    whom "The Deputy Mayor recalled …" means."""
    opening = ("On 14 May, the Deputy Mayor of Brevanne in charge of International Relations and the Francophonie, Mr. "
               "Lucien Margaux-Telle, received the Ambassador of Corlandia, H.E. Mrs. Aziza Bentahar-Moulin, at the City "
               "Hall.\n\n")
    recalled = "The Deputy Mayor recalled the projects carried out under the cooperation pact since 2004."
    welcomed = "The Ambassador welcomed the quality of the partnership."
    body = f"{opening}{recalled}\n\n{welcomed}\n"
    assert_statements(body, [("Lucien Margaux-Telle", "indirect", recalled),
                             ("Aziza Bentahar-Moulin", "indirect", welcomed)])


def test_a_lower_case_office_with_its_remit_as_the_subject():
    """"At the end of the meeting, the city's deputy mayor for international relations invited …": the office before
    its remit, five words after "the", is the subject (the Deputy Mayor named before)."""
    opening = ("The Deputy Mayor of Brevanne, Mr. Lucien Margaux-Telle, received the Ambassador of Corlandia, H.E. Mrs. "
               "Aziza Bentahar-Moulin, at the City Hall on 14 May.\n\n")
    invited = ("At the end of the meeting, the city's deputy mayor for international relations invited the Ambassador "
               "to the Solidarity Week in November.")
    body = f"{opening}{invited}\n"
    assert_statements(body, [("Lucien Margaux-Telle", "indirect", invited)])


def test_his_worship_as_the_subject():
    """"His Worship the Executive Mayor of the City of K, Councillor X, … His Worship also invited …": the Mayor, as
    "His Holiness" is a pope."""
    opening = ("His Worship the Executive Mayor of the City of Kwandile, Councillor Sipho Dlamvuzo-Nkosi, on Monday "
               "hosted the High Commissioner of Tervaland, Her Excellency Ms Margit Olsvaer, at the Civic Centre.\n\n")
    thanked = "The High Commissioner thanked the City for its hospitality."
    invited = "His Worship also invited the High Commissioner to open the Kwandile Jazz Festival in December."
    body = f"{opening}{thanked}\n\n{invited}\n"
    assert_statements(body, [("Margit Olsvaer", "indirect", thanked),
                             ("Sipho Dlamvuzo-Nkosi", "indirect", invited)])


def test_worship_in_a_ministrys_name_is_no_style():
    """The guard: a ministry "of Foreign Affairs, International Trade and Worship" (a Latin American foreign
    ministry's "Culto"): its Minister still speaks when the office is the subject."""
    opening = ("H.E. Tobias Arregui Malvar, Minister of Foreign Affairs, International Trade and Worship, received at "
               "the San Telmo Palace his counterpart, H.E. Olegario Benavente Roca, Minister of Foreign Affairs of the "
               "Republic of Cordalia.\n\n")
    pointed = ("During the meeting, the Minister of Foreign Affairs, International Trade and Worship pointed out that "
               "Cordalia is the main partner of his country on the Pacific.")
    body = f"{opening}{pointed}\n"
    assert_statements(body, [("Tobias Arregui Malvar", "indirect", pointed)])


def test_a_lord_mayor_may_be_a_woman():
    """"Ottilie X, Lord Mayor of W … She said …": "Lord" opens the office, no man's style, so "She" is the Lord
    Mayor named last, not the host whose first name tells nothing."""
    opening = ("On September 18, Qiu Hanmo, Mayor of Tianlu, met with a delegation headed by Ottilie Brandauer-Kress, "
               "Lord Mayor of Wessenau.\n\n")
    host = "Qiu said that the two cities have cooperated in port logistics for twenty years."
    thanked = "Brandauer-Kress thanked Tianlu for its hospitality."
    she = "She said that more than 200 Wessenau companies now operate in Tianlu."
    body = f"{opening}{host}\n\n{thanked} {she}\n"
    assert_statements(body, [("Qiu Hanmo", "indirect", host),
                             ("Ottilie Brandauer-Kress", "indirect", thanked),
                             ("Ottilie Brandauer-Kress", "indirect", she)])


def test_the_mayors_city_and_the_two_cities_carry_his_report_on():
    """"Lu said that … . As two major port cities, Caolan and Estermund share … . Under the framework of …, Caolan is
    ready to …": the mayor's city and the pair of cities, present tense, carry his report on (a city's foreign affairs
    office in the Chinese manner)."""
    opening = "On June 2, Lu Menghai, Mayor of Caolan, met with a delegation headed by the Mayor of Estermund.\n\n"
    said = "Lu said that Caolan and Estermund have been sister cities for thirty years."
    share = "As two major port cities, Caolan and Estermund share many of the same challenges in green shipping."
    ready = ("Under the framework of the newly signed memorandum, Caolan is ready to carry out exchanges between "
             "enterprises and universities.")
    body = f"{opening}{said} {share} {ready}\n"
    assert_statements(body, [("Lu Menghai", "indirect", said),
                             ("Lu Menghai", "indirect", share),
                             ("Lu Menghai", "indirect", ready)])
