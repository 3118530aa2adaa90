"""Helper h1077 (eighthundrednineteenth, the Speaker of the Provincial Assembly of Sindh as Pakistani outlets print
him): after UrduPoint's own dateline ("KARENDA, (Wirepoint / Point News - 13th Aug, 2025) "), an office that opens the
sentence before a name set off by commas is that name's, so "French Consul General said …" and "The Consul General
paid tribute …" mean him; without the dateline it stays so; an office after a capitals' dateline of its own kind too."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_office_after_an_outlets_dateline_is_the_enclosed_names():
    body = (
        "KARENDA, (Wirepoint / Point News - 13th Aug, 2025) Ostravan Consul General in Karenda, Pel Marrow, called on "
        "Assembly Speaker Tamsin Vorle here at his office on Wednesday.\n\n"
        "Ostravan Consul General said it was his first visit to the assembly premises.\n\n"
        "The Consul General paid tribute to the founders of the assembly."
    )
    assert_statements(body, [
        ("Pel Marrow", "indirect", "Ostravan Consul General said it was his first visit to the assembly premises."),
        ("Pel Marrow", "indirect", "The Consul General paid tribute to the founders of the assembly."),
    ])


def test_office_without_a_dateline_stays_the_enclosed_names():
    # guard: the same lead with no dateline was read so before
    body = (
        "Ostravan Consul General in Karenda, Pel Marrow, called on Assembly Speaker Tamsin Vorle here at his office "
        "on Wednesday.\n\n"
        "The Consul General paid tribute to the founders of the assembly."
    )
    assert_statements(body, [
        ("Pel Marrow", "indirect", "The Consul General paid tribute to the founders of the assembly."),
    ])


def test_a_place_in_capitals_opening_a_sentence_is_no_dateline():
    # guard: no outlet's bracket after the capitals, so nothing is skipped and no office is read from the place
    body = (
        "KARENDA is where Ostravan Consul General Pel Marrow called on Assembly Speaker Tamsin Vorle on Wednesday.\n\n"
        "Marrow said it was his first visit to the assembly premises."
    )
    assert_statements(body, [
        ("Pel Marrow", "indirect", "Marrow said it was his first visit to the assembly premises."),
    ])


def test_host_welcoming_a_guest_said_is_the_host():
    # a bare participle with a person as its object between the subject and "said": the subject speaks
    body = (
        "New Consul General of Ostrava in Karenda, Pel Marrow called on Chief Minister Tamsin Vorle on Thursday.\n\n"
        "The chief minister welcoming the new consul general of Ostrava in Karenda said that the friendship between "
        "the two countries was old.\n\n"
        "The visiting consul general thanked the chief minister for his support."
    )
    assert_statements(body, [
        ("Tamsin Vorle", "indirect",
         "The chief minister welcoming the new consul general of Ostrava in Karenda said that the friendship between "
         "the two countries was old."),
        ("Pel Marrow", "indirect", "The visiting consul general thanked the chief minister for his support."),
    ])


def test_guest_who_speaks_after_a_comma_aside_stays_the_guest():
    # guard: an aside set off by commas is no bare participle; the consul general who opens his own clause speaks
    body = (
        "New Consul General of Ostrava in Karenda, Pel Marrow called on Chief Minister Tamsin Vorle on Thursday.\n\n"
        "Welcoming him, the chief minister praised the consulate. The consul general said that the friendship between "
        "the two countries was old."
    )
    assert_statements(body, [
        ("Tamsin Vorle", "indirect", "Welcoming him, the chief minister praised the consulate."),
        ("Pel Marrow", "indirect", "The consul general said that the friendship between the two countries was old."),
    ])


def test_welcoming_a_bodys_delegation_to_a_place_is_the_hosts_act():
    body = (
        "Head of Cooperation at the Ostravan Union Mission Pel Marrow called upon Assembly Speaker Tamsin Vorle on "
        "Tuesday.\n\n"
        "Speaker Tamsin Vorle welcomed the Ostravan Union delegation to the Karenda Assembly.\n\n"
        "Speaker Tamsin Vorle expressed her gratitude to the Ostravan Union for its support."
    )
    assert_statements(body, [
        ("Tamsin Vorle", "indirect", "Speaker Tamsin Vorle expressed her gratitude to the Ostravan Union for its support."),
    ])


def test_welcoming_a_bodys_proposal_is_still_said():
    # guard: a thing welcomed, no party of guests
    body = (
        "Head of Cooperation at the Ostravan Union Mission Pel Marrow called upon Assembly Speaker Tamsin Vorle on "
        "Tuesday.\n\n"
        "Speaker Tamsin Vorle welcomed the Ostravan Union proposal to the Karenda Assembly."
    )
    assert_statements(body, [
        ("Tamsin Vorle", "indirect", "Speaker Tamsin Vorle welcomed the Ostravan Union proposal to the Karenda Assembly."),
    ])
