"""Patterns found by the sixth styles set (benchmarks/styles6/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_PORT = "The First Minister of Caledra, Alasdair MacRury, visited the new port at Inverbrae.\n\n"


def test_a_lead_in_with_a_fronted_where_or_an_organisation_says_nothing():
    """"Speaking at the port, the First Minister said:" / "Inverbrae Harbour Board Chief Executive Morag
    Lindsay said:" (styles6 caledra_first_minister; "Speaking after the meeting, the Taoiseach said:",
    clarach_taoiseach): lead-ins of the quotation in the next paragraph, no statement of their own."""
    body = (_PORT + "Speaking at the port, the First Minister said:\n\n\"This is a landmark day for Inverbrae.\"\n\n"
            "Inverbrae Harbour Board Chief Executive Morag Lindsay said:\n\n\"We are ready for the first turbines.\"")
    assert_statements(body, [
        ("Alasdair MacRury", "direct", "This is a landmark day for Inverbrae."),
        ("Morag Lindsay", "direct", "We are ready for the first turbines."),
    ])


def test_a_fronted_speech_verb_before_a_lead_in_stays_a_statement():
    """Guard: "Noting the progress of the talks, the First Minister said:" (what he noted is his), and
    "…, the First Minister stressed that … and said:" (a report of its own)."""
    body = (_PORT + "Noting the progress of the talks, the First Minister said:\n\n\"This is a landmark day.\"\n\n"
            "After the visit, the First Minister stressed that the port was ready and said:\n\n\"We are proud.\"")
    assert_statements(body, [
        ("Alasdair MacRury", "indirect", "Noting the progress of the talks, the First Minister said"),
        ("Alasdair MacRury", "direct", "This is a landmark day."),
        ("Alasdair MacRury", "indirect", "After the visit, the First Minister stressed that the port was ready and said"),
        ("Alasdair MacRury", "direct", "We are proud."),
    ])


def test_called_on_someone_at_a_place_is_a_courtesy_call():
    """"Later, the visiting Minister for Environment of Kelvania, Anders Brøndum, called on the Prime Minister at
    her official residence Ganabhaban." (styles6 sundarbia_pm_news_agency): a visit, no appeal; guard: "called on
    the rich nations to …", "called upon the donors for …", "called on Mr. Brøndum to …" are appeals."""
    body = ("Prime Minister Rokeya Anwar of Sundarbia opened the forum.\n\n"
            "Later, the visiting Minister for Environment of Kelvania, Anders Brøndum, called on the Prime Minister "
            "at her official residence Ganabhaban.\n\n"
            "The Prime Minister called on the rich nations to keep their promises. She called upon the donors for "
            "more support. Anwar called on Mr. Brøndum to help.")
    assert_statements(body, [
        ("Rokeya Anwar", "indirect", "The Prime Minister called on the rich nations to keep their promises."),
        ("Rokeya Anwar", "indirect", "She called upon the donors for more support."),
        ("Rokeya Anwar", "indirect", "Anwar called on Mr. Brøndum to help."),
    ])


def test_a_closing_cue_of_another_person_frames_the_whole_sentence():
    """"The prime minister said her government has set up a climate trust fund with its own resources, the press
    secretary added." (styles6 sundarbia_pm_news_agency): the press secretary's report, the whole sentence his;
    also "…, X told reporters after the talks."; guard: "…, she added." (the same person) and "…, and Karim added
    that …" (a clause of his own) stay as they were."""
    body = ("Prime Minister Rokeya Anwar met the minister.\n\n"
            "Briefing reporters after the meeting, PM's Press Secretary Nazmul Karim said the minister praised the "
            "plan.\n\n"
            "The prime minister said her government has set up a climate trust fund with its own resources, the press "
            "secretary added.\n\n"
            "The prime minister said the fund is open, she added. Anwar said the plan works, Karim told reporters "
            "after the talks. Anwar said the plan is new, and Karim added that it was tested.")
    assert_statements(body, [
        ("Nazmul Karim", "indirect", "Briefing reporters after the meeting, PM's Press Secretary Nazmul Karim said the "
                                     "minister praised the plan."),
        ("Nazmul Karim", "indirect", "The prime minister said her government has set up a climate trust fund with its "
                                     "own resources, the press secretary added"),
        ("Rokeya Anwar", "indirect", "The prime minister said the fund is open, she added."),
        ("Nazmul Karim", "indirect", "Anwar said the plan works, Karim told reporters after the talks."),
        ("Rokeya Anwar", "indirect", "Anwar said the plan is new"),
        ("Nazmul Karim", "indirect", "Karim added that it was tested."),
    ])


def test_an_office_of_a_body_joined_by_and_the():
    """"Minister of Labour and the Pension System Ivana Marković-Šarić explained that …" (styles6
    illyra_government): one office, one person (it was no one's); guard: "The Minister of Finance and the
    Central Bank Governor Luka Babić said …" stays two people, a group."""
    body = ("Prime Minister Davor Kranjčević opened the session of the government.\n\n"
            "Minister of Labour and the Pension System Ivana Marković-Šarić explained that the increase would cover "
            "1.2 million pensioners.\n\n"
            "The Minister of Finance and the Central Bank Governor Luka Babić said that inflation fell.")
    assert_statements(body, [
        ("Ivana Marković-Šarić", "indirect", "Minister of Labour and the Pension System Ivana Marković-Šarić explained "
                                             "that the increase would cover 1.2 million pensioners."),
    ])


def test_a_name_and_a_colon_before_a_quotation_that_fills_the_paragraph_is_no_transcript():
    """"Van Rijswijk: 'Every euro we invest … good for Waldermark.'" then "On Thursday the minister travels on to
    Port Alder, where she will open …" (styles6 waldermark_trade_mission): the quotation is hers, the paragraph
    after it narrative (it went to her as her turn); guard: a transcript label with unquoted words goes on."""
    body = ("Minister Ellen van Rijswijk is visiting Tamaran with a trade mission.\n\n"
            "Van Rijswijk: 'Every euro we invest here also creates jobs at home.'\n\n"
            "On Thursday the minister travels on to Port Alder, where she will open a training centre.")
    assert_statements(body, [
        ("Ellen van Rijswijk", "direct", "Every euro we invest here also creates jobs at home."),
    ])
    body = ("Minister Ellen van Rijswijk met students in Tamaran.\n\n"
            "Ellen van Rijswijk: Good afternoon, friends. I am glad to be here.\n\n"
            "We have come to build partnerships that last.")
    assert_statements(body, [
        ("Ellen van Rijswijk", "direct", "Good afternoon, friends. I am glad to be here."),
        ("Ellen van Rijswijk", "direct", "We have come to build partnerships that last."),
    ])


def test_the_new_office_before_a_comma_and_a_name_is_hers():
    """A variant of styles6 kordavia_presidency (an ambassador's farewell), written while fixing it: "received the
    credentials of the new Ambassador of Ostreva, Jana Novakova." then "The Ambassador said …": hers (no one's,
    "new" between "the" and the office hid it); guard: "the new Ambassadors of Ostreva, Jana Novakova and Petr
    Hradec" gives neither the office."""
    lead = "The President of the Republic of Kordavia, Milan Radović, received today the credentials of "
    said = "\n\nThe Ambassador said that Ostreva appreciates the role of Kordavia in the region."
    for office in ("the new Ambassador", "the newly appointed Ambassador", "the outgoing Ambassador"):
        assert_statements(lead + office + " of Ostreva, Jana Novakova." + said, [
            ("Jana Novakova", "indirect", "The Ambassador said that Ostreva appreciates the role of Kordavia in the region."),
        ])
    assert_statements(lead + "the new Ambassadors of Ostreva, Jana Novakova and Petr Hradec." + said, [])


def test_reconfirmed_is_speech():
    """A variant of styles6 dorvania_presidency, written while fixing it: "President Johan Berg reconfirmed the
    support of Lusandria for the accession process." was no one's (as "reaffirmed"); guard: a passive with no
    agent and a group stay no one's."""
    body = ("President Elena Cîrlan of Dorvania had a phone call with the President of Lusandria, Johan Berg.\n\n"
            "President Johan Berg reconfirmed the support of Lusandria for the accession process.\n\n"
            "The date of the visit was reconfirmed. The two presidents reconfirmed their commitment.")
    assert_statements(body, [
        ("Johan Berg", "indirect", "President Johan Berg reconfirmed the support of Lusandria for the accession process."),
    ])


def test_a_quotation_in_straight_single_marks_resumed_after_its_cue():
    """A variant of styles6 waldermark_trade_mission, written while fixing it: "'The safety of our nationals is
    our top priority,' the prime minister says. 'I am grateful for …'": the second quotation is his too (the
    straight single mark opened no sentence, so it was no one's); guard: "the Minister's 'Green Ports' plan" is
    a title, no words."""
    body = ("Prime Minister Pieter Hendriks spoke by telephone today with the President of Tamaran, Idris Okonkwo.\n\n"
            "'The safety of our nationals is our top priority,' the prime minister says. 'I am grateful for the "
            "cooperation of the Tamaran authorities.'\n\n"
            "The two leaders discussed the 'Green Ports' plan.")
    assert_statements(body, [
        ("Pieter Hendriks", "direct", "The safety of our nationals is our top priority"),
        ("Pieter Hendriks", "direct", "I am grateful for the cooperation of the Tamaran authorities."),
    ])
