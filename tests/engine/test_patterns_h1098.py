"""Helper h1098 (eighthundredthirtyfifth, the Premier of the Western Cape as outlets print him): a speech verb in a
time clause after the main clause ("It comes just weeks after Minister X indicated that …") is no one's statement;
a radio page's sound bite closed by its speaker's label ("….Name, Office - Organisation") is that person's direct
statement."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_speech_verb_in_a_time_clause_after_the_main_clause_is_no_ones():
    body = (
        "Premier Tomas Harl of Belmont said that his trip to Ostrava was to keep the province in the trade forum.\n\n"
        "It comes just weeks after Trade and Industry Minister Lena Varro indicated that they will push for "
        "Belmont to remain in the forum.\n\n"
        "Relations have taken a blow recently after the Ostravan ambassador accused Belmont of supplying arms."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "Premier Tomas Harl of Belmont said that his trip to Ostrava was to keep the province in the trade forum."),
    ])


def test_speech_verb_in_the_main_clause_before_a_time_clause_stays_a_statement():
    # guard: the speaker is the main clause's subject; the time clause after the verb is only when she spoke
    body = (
        "Premier Tomas Harl of Belmont met Trade and Industry Minister Lena Varro in Ostrava.\n\n"
        "Minister Lena Varro said the forum must stay open after the talks ended."
    )
    assert_statements(body, [
        ("Lena Varro", "indirect", "Minister Lena Varro said the forum must stay open after the talks ended."),
    ])


def test_sound_bite_closed_by_its_speakers_label_is_a_direct_statement():
    body = (
        "Premier Tomas Harl says his trip to Ostrava will likely involve some firefighting.\n\n"
        "There is a lot of tension right now between Ostrava and Belmont.Tomas Harl, Premier - Belmont Government\n\n"
        "Harl says the trade forum is essential:\n\n"
        "That is part of why I need to go. Tomas Harl, Premier - Belmont Government\n\n"
        "Harl will leave for Ostrava on Friday."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect", "Premier Tomas Harl says his trip to Ostrava will likely involve some firefighting."),
        ("Tomas Harl", "direct", "There is a lot of tension right now between Ostrava and Belmont."),
        ("Tomas Harl", "indirect", "Harl says the trade forum is essential"),
        ("Tomas Harl", "direct", "That is part of why I need to go."),
    ])


def test_name_office_and_dash_of_no_known_person_stays_narrative():
    # guard: a closing "Name, Office - Organisation" that names no one of the readout gives the words to no one
    body = (
        "Premier Tomas Harl says his trip to Ostrava will likely involve some firefighting.\n\n"
        "The delegation includes several firms from the wine industry.Source Material, Archive - Belmont Radio\n\n"
        "Harl will leave for Ostrava on Friday."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect", "Premier Tomas Harl says his trip to Ostrava will likely involve some firefighting."),
    ])


def test_inverted_nor_after_a_negative_report_goes_on_with_it():
    body = (
        "In a show of support for Ostrava, Premier Tomas Harl of Belmont has said no Varnish Embassy staff will be "
        "invited to any event organised by the Belmont Government.\n\n"
        "Nor will the Belmont Government attend any events organised by the Varnish Embassy.\n\n"
        "The province hosts several consulates."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "In a show of support for Ostrava, Premier Tomas Harl of Belmont has said no Varnish Embassy staff will be "
         "invited to any event organised by the Belmont Government."),
        ("Tomas Harl", "indirect",
         "Nor will the Belmont Government attend any events organised by the Varnish Embassy."),
    ])


def test_inverted_nor_after_a_report_with_no_negation_stays_narrative():
    # guard: with nothing ruled out in the report before, "Nor …" does not go on with it
    body = (
        "Premier Tomas Harl of Belmont has said every embassy will be invited to the trade fair.\n\n"
        "Nor will the fair be the last of its kind this year.\n\n"
        "The province hosts several consulates."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "Premier Tomas Harl of Belmont has said every embassy will be invited to the trade fair."),
    ])
