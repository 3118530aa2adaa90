"""Statements found by helper h656's set fourhundredeightyninth (ANGOP, the Angola Press News Agency's English service):
a bare weekday after the speaker's name ("X Wednesday in Luanda praised …"), a portfolio of two words before a minister
in lower case ("The Foreign Affairs minister, X, … the Foreign minister defended …"), "defended the identification of",
"defended deepened … cooperation between", "considered X's visit as a sign of …", "addressed aspects related to …", a
relative clause with only its closing comma after a name set off by its office ("the ambassador, X who …, underlined"),
and a saint's place after "<office> of" in a title ("Minister of St. X"), no person.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_bare_weekday_after_the_name_before_a_place():
    """"The Norvalian Ambassador X Wednesday in Port Selby praised …": the day and the place are when and
    where, X speaks (before, the place "Port Selby" was taken for the speaker, then the diplomat's later words too)."""
    assert_statements((
        "Port Selby - The Norvalian Ambassador Daniel Garuso Maskell Wednesday in Port Selby praised the commitment of "
        "Corvalia to the resolution of conflict in the region.\n\n"
        "The diplomat reiterated the contribution of Corvalia to the pacification of the region."
    ), [
        ("Daniel Garuso Maskell", "indirect", "Port Selby - The Norvalian Ambassador Daniel Garuso Maskell Wednesday in "
                                             "Port Selby praised the commitment of Corvalia to the resolution of "
                                             "conflict in the region."),
        ("Daniel Garuso Maskell", "indirect", "The diplomat reiterated the contribution of Corvalia to the "
                                             "pacification of the region."),
    ])


def test_bare_weekday_right_before_the_verb():
    """"Minister X Tuesday stressed …": the bare day between the name and its verb (before, no statement)."""
    assert_statements((
        "Minister of Trade Talvo Oskarine Tuesday stressed the need to open the northern border to grain lorries."
    ), [
        ("Talvo Oskarine", "indirect", "Minister of Trade Talvo Oskarine Tuesday stressed the need to open the northern "
                                       "border to grain lorries."),
    ])


def test_weekday_after_on_keeps_its_reading():
    """Guard: "X on Wednesday in Port Selby praised …" read as before."""
    assert_statements((
        "The Ambassador of Norvalia Edrin Maskell on Wednesday in Port Selby praised the commitment of Corvalia to peace."
    ), [
        ("Edrin Maskell", "indirect", "The Ambassador of Norvalia Edrin Maskell on Wednesday in Port Selby praised the "
                                      "commitment of Corvalia to peace."),
    ])


def test_foreign_affairs_minister_in_lower_case_then_foreign_minister():
    """"The Corvalian Foreign Affairs minister, X, returned …" then "the Corvalian Foreign minister defended the
    identification of …": the office of two portfolio words is X's, and the shorter style means him (before, the
    office was "affairs minister", held by no one, and nothing was said)."""
    assert_statements((
        "Port Selby — The Corvalian Foreign Affairs minister, Edrin Maskell, returned to the country last Saturday "
        "from the summit of the regional council.\n\n"
        "In his speech at the meeting that happened on Friday 27, the Corvalian Foreign minister defended the "
        "identification of the real reasons that cause conflicts in the region instead of just demanding solutions."
    ), [
        ("Edrin Maskell", "indirect", "In his speech at the meeting that happened on Friday 27, the Corvalian Foreign "
                                      "minister defended the identification of the real reasons that cause conflicts in "
                                      "the region instead of just demanding solutions."),
    ])


def test_defended_deepened_cooperation_between_two_countries():
    """"X defended deepened ongoing economic cooperation between A and B": a course argued for, no determiner."""
    assert_statements((
        "Delivering his speech at the city council of Varno on Friday, President Talvo Oskarine defended deepened "
        "ongoing economic cooperation between Norvalia and Corvalia."
    ), [
        ("Talvo Oskarine", "indirect", "Delivering his speech at the city council of Varno on Friday, President Talvo "
                                       "Oskarine defended deepened ongoing economic cooperation between Norvalia and "
                                       "Corvalia."),
    ])


def test_defended_the_homeland_stays_narrative():
    """Guard: "defended the country" is no position argued for (no statement)."""
    result = run("General Talvo Oskarine defended the country against the invaders in 1994.")
    assert [s for s in result.statements if s.speaker] == []


def test_considered_a_named_owners_visit_as_a_sign():
    """"Minister X, who had already met …, considered Y's visit as a sign of support for …": a view held, the
    possessive of a name for the determiner (before, no statement)."""
    assert_statements((
        "Minister Edrin Maskell, who had already met with his Norvalian counterpart in Varno last August, considered "
        "Oskarine's visit as a sign of support for the ongoing reforms of the government."
    ), [
        ("Edrin Maskell", "indirect", "Minister Edrin Maskell, who had already met with his Norvalian counterpart in "
                                      "Varno last August, considered Oskarine's visit as a sign of support for the "
                                      "ongoing reforms of the government."),
    ])


def test_addressed_aspects_related_to_cooperation():
    """"The Head of State addressed aspects related to cooperation, with emphasis on …": the aspects of a subject
    spoken to, as its issues (before, no statement)."""
    assert_statements((
        "President Talvo Oskarine granted separate audiences on Thursday to two outgoing ambassadors.\n\n"
        "During the meetings, the Head of State addressed aspects related to cooperation, with emphasis on the "
        "political, economic and social affairs."
    ), [
        ("Talvo Oskarine", "indirect", "During the meetings, the Head of State addressed aspects related to "
                                       "cooperation, with emphasis on the political, economic and social affairs."),
    ])


def test_addressed_the_ambassadors_stays_narrative():
    """Guard: "addressed the ambassadors" is an audience spoken to, a speech given, no statement."""
    result = run("President Talvo Oskarine addressed the ambassadors at the annual conference in Varno.")
    assert [s for s in result.statements if s.speaker] == []


def test_name_set_off_by_its_office_then_who_clause_with_only_its_closing_comma():
    """"On the other hand, the Norvalian ambassador to Corvalia, X who has a master degree in … Legal Careers,
    underlined …": the name before "who" speaks, not the last capitalised word of the clause (before, "Careers")."""
    assert_statements((
        "On the other hand, the Norvalian ambassador to Corvalia, Ilse Marrowby who has a master degree in Legal "
        "Sciences and former president of the Federation of Women in Legal Careers, underlined the interest in "
        "increasing economic relations between the two countries."
    ), [
        ("Ilse Marrowby", "indirect", "On the other hand, the Norvalian ambassador to Corvalia, Ilse Marrowby who has "
                                      "a master degree in Legal Sciences and former president of the Federation of "
                                      "Women in Legal Careers, underlined the interest in increasing economic "
                                      "relations between the two countries."),
    ])


def test_saints_place_after_an_office_in_the_title_is_no_person():
    """A title "New Foreign Affairs Minister of St. Orland and Vesk meets …": "St. Orland" is the office's place, no
    holder, so "the Corvalia Foreign Minister congratulated …" (a country the guest's office names only in brackets) is
    not given to a Mr St. Orland (the office of two portfolio words now matches "Foreign Minister")."""
    result = run((
        "Minister of Foreign Affairs, the Right Honourable Dr. Talvo Oskarine, met on Thursday in a virtual meeting "
        "with the Minister of Foreign Affairs of the Republic of Vesmar (Corvalia), His Excellency Edrin Maskell. After "
        "an exchange of greetings, the Corvalia Foreign Minister congratulated Dr. Oskarine on a decisive victory at "
        "the polls."
    ), title="New Foreign Affairs Minister of St. Orland and Vesk meets with his Corvalian counterpart")
    assert not any(s.speaker and "Orland" in s.speaker for s in result.statements)


def test_pronoun_with_a_present_verb_whose_object_is_the_president_is_not_the_president():
    """"She also thanks the President of the Republic for …" after a paragraph the President's report opens and an
    ambassador's closes: the one thanked is not the one who thanks, in the present as in the past (before, the
    President, read again as the paragraph's opener, took it)."""
    assert_statements((
        "Port Selby — The President of the Republic, Talvo Oskarine, granted separate audiences on Thursday to the "
        "outgoing ambassadors of Norvalia and Vesmar, Ilse Marrowby and Edrin Maskell.\n\n"
        "During the meetings, the Head of State stressed the cooperation in health and education. Speaking to "
        "journalists at the end of the meeting, Ambassador Ilse Marrowby acknowledged the strong links between the two "
        "countries.\n\n"
        "She also thanks the President of the Republic for the support provided by the government during her mission."
    ), [
        ("Talvo Oskarine", "indirect", "During the meetings, the Head of State stressed the cooperation in health and "
                                       "education."),
        ("Ilse Marrowby", "indirect", "Speaking to journalists at the end of the meeting, Ambassador Ilse Marrowby "
                                      "acknowledged the strong links between the two countries."),
        ("Ilse Marrowby", "indirect", "She also thanks the President of the Republic for the support provided by the "
                                      "government during her mission."),
    ])
