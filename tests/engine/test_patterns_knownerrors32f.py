"""Errors the sets merged in stop 32 left alone (styles10, two-hundred-eighty-ninth, two-hundred-eighty-seventh)
mended with general rules: each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_letters_of_honours_after_the_name_are_no_name():
    """styles10 mascarena_pmo: "The Prime Minister, Hon. Ravindra Doorgah, GCSK, FRCS, called on the private
    sector to join hands with Government …": the letters of honours and degrees after the name and a comma
    are no one's name; the sentence is the Prime Minister's."""
    body = ("The Ocean Economy Investment Forum opened in Port Selim.\n\n"
            "The Prime Minister, Hon. Niko Reyes, GCSK, FRCS, called on the private sector to join hands with "
            "Government to make the blue economy a new pillar of growth.\n\n"
            "The Minister of Finance, Dr. Ana Tellez, PhD, said the budget would fund the new port.\n")
    assert_statements(body, [
        ("Niko Reyes", "indirect", "The Prime Minister, Hon. Niko Reyes, GCSK, FRCS, called on the private sector "
                                   "to join hands with Government to make the blue economy a new pillar of growth."),
        ("Ana Tellez", "indirect", "The Minister of Finance, Dr. Ana Tellez, PhD, said the budget would fund the "
                                   "new port."),
    ])


def test_letters_after_a_body_name_no_person():
    """The guard of the same rule: letters after a comma that follow no person's name ("The Bank of Ostland,
    PC, said …") make no speaker of the body."""
    body = ("The monetary committee met in Ostburg.\n\n"
            "The Bank of Ostland, PC, said the rates would be held.\n")
    assert_statements(body, [])


def test_fronted_topic_before_an_office_and_an_office_in_apposition():
    """styles10 lorvania_state_ministry: "On the international situation, the Prime Minister, Minister of State,
    reiterated Lorvania's unwavering support for the rule of law …": a fronted topic does not hide the
    subject, the office, before its second office set off by commas (as without the topic)."""
    body = ("The Prime Minister, Minister of State, Ivo Lenz, received President Aro Sepp of Ostmark.\n\n"
            "On the international situation, the Prime Minister, Minister of State, reiterated Velmar's support "
            "for the rule of law.\n\n"
            "Regarding energy, the President, a former engineer, stressed the need for new grids.\n")
    assert_statements(body, [
        ("Ivo Lenz", "indirect", "On the international situation, the Prime Minister, Minister of State, "
                                 "reiterated Velmar's support for the rule of law."),
        ("Aro Sepp", "indirect", "Regarding energy, the President, a former engineer, stressed the need for new "
                                 "grids."),
    ])


def test_fronted_date_or_place_before_an_office_and_its_holders_name():
    """The guard of the same rule: a fronted date or a capitalised place ("On 3 June 2025, the Prime Minister,
    Minister of State, X, received …"; "On Monday, …") is no topic, and the name set off after the offices
    is still the subject."""
    body = ("On 3 June 2025, the Prime Minister, Minister of State, Ivo Lenz, received President Aro Sepp.\n\n"
            "On Monday, the President, Aro Sepp, said Ostmark would open its border.\n")
    assert_statements(body, [
        ("Aro Sepp", "indirect", "On Monday, the President, Aro Sepp, said Ostmark would open its border."),
    ])


def test_these_meetings_after_a_minister_met_are_not_his_report():
    """two-hundred-eighty-ninth uk_mod_2018_lancaster_south_america: "In Colombia, the minister met the Head of the
    Army, …. These meetings presented an opportunity to reaffirm defence ties …": the meetings told of (as "The
    meeting …"), not the minister's report carried on."""
    body = ("Minister Karl Eider visited Ostmark and Velmar this week.\n\n"
            "The minister also discussed joint exercises with the Defence Minister of Ostmark, Ivo Lenz.\n\n"
            "In Velmar, the minister met the Head of the Army, General Aro Sepp, and the Deputy Defence Minister "
            "Ola Berg. These meetings presented an "
            "opportunity to reaffirm defence ties between the two countries.\n")
    assert_statements(body, [
        ("Karl Eider", "indirect", "The minister also discussed joint exercises with the Defence Minister of Ostmark, "
                                   "Ivo Lenz."),
    ])


def test_meetings_as_a_verb_word_still_a_report():
    """The guard of the same rule: only plurals that are no verb are meeting words ("calls" and "visits" are left
    out): "The minister said Norland calls on both sides to talk." stays his."""
    body = ("Minister Karl Eider visited Ostmark.\n\n"
            "The minister said the talks had been useful. He calls on both sides to keep talking.\n")
    assert_statements(body, [
        ("Karl Eider", "indirect", "The minister said the talks had been useful."),
        ("Karl Eider", "indirect", "He calls on both sides to keep talking."),
    ])


def test_we_are_talking_about_an_amount_carries_the_report_on():
    """two-hundred-eighty-seventh (president.gov.ua, the Large Construction program): "The Minister of
    Infrastructure noted that the program of updating the railway rolling stock is being implemented. We are
    talking about approximately 100 new passenger cars. As part of the Kyiv City Express project, 30 railway
    platforms will be reconstructed this year.": a translation's idiom spelling out the reporter's figure, his
    report carried on, not the people who met speaking together."""
    body = ("President Aro Sepp held a meeting on roads in Velsk.\n\n"
            "Minister of Roads Ivo Lenz said that large works on 750 km of railways are underway. The Minister of "
            "Roads noted that the program of updating the rolling stock is being implemented. We are talking about "
            "approximately 100 new passenger cars. As part of the City Express project, 30 railway platforms will "
            "be rebuilt this year. Ivo Lenz stressed that the ports would be leased.\n")
    assert_statements(body, [
        ("Ivo Lenz", "indirect", "Minister of Roads Ivo Lenz said that large works on 750 km of railways are underway."),
        ("Ivo Lenz", "indirect", "The Minister of Roads noted that the program of updating the rolling stock is being "
                                 "implemented."),
        ("Ivo Lenz", "indirect", "We are talking about approximately 100 new passenger cars."),
        ("Ivo Lenz", "indirect", "As part of the City Express project, 30 railway platforms will be rebuilt this year."),
        ("Ivo Lenz", "indirect", "Ivo Lenz stressed that the ports would be leased."),
    ])


def test_we_are_talking_about_no_amount_ends_the_report():
    """The guard of the same rule: "We are talking about the future of our towns." spells out no figure: the
    people who met speak together, and the report carried on ends there, as before."""
    body = ("President Aro Sepp held a meeting on roads in Velsk.\n\n"
            "Minister of Roads Ivo Lenz said that large works on 750 km of railways are underway. We are talking "
            "about the future of our towns. Thirty railway platforms will be rebuilt this year.\n")
    assert_statements(body, [
        ("Ivo Lenz", "indirect", "Minister of Roads Ivo Lenz said that large works on 750 km of railways are underway."),
    ])
