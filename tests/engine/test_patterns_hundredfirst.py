"""Patterns found by the hundred-first held-out set (real Kremlin news readouts, Dec 2021 - Jan 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_after_a_cut_in_a_joined_transcript_is_read():
    """A joined transcript whose turns are separated by a cut ("… the issues under review. <…> Gazprom
    CEO Alexei Miller: Mr President, …"): the label after "<…>" opens the next speaker's turn."""
    body = (
        "Petr Halen held a meeting on the heating season. The meeting was attended by Energy Minister Anton Drass. "
        "* * * President of Velmora Petr Halen: Good afternoon, colleagues. I would like to hear your reports. "
        "<…> Energy Minister Anton Drass: Mr President, our reserves are at a record high. We are ready for the "
        "winter. <…> Petr Halen: Thank you. I wish you all the best."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Good afternoon, colleagues. I would like to hear your reports."),
        ("Anton Drass", "direct", "Mr President, our reserves are at a record high. We are ready for the winter."),
        ("Petr Halen", "direct", "Thank you. I wish you all the best."),
    ])


def test_outside_states_in_a_report_do_not_end_it():
    """"Caspian states neighbouring on the Astrakhan Region are also interested in this.": a bare plural of
    countries after a region's word is what the report speaks of, not the people who met acting together;
    the governor's report goes on over the sentences after it."""
    body = (
        "Petr Halen held a working meeting with Governor of the Orlensk Region Anton Drass.\n\n"
        "The Governor said that the port handles more freight every year. Northern states neighbouring on the "
        "region are also interested in this. To develop the port, it is necessary to deepen the canal. Its depth "
        "should be increased to five metres, the Governor noted."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "The Governor said that the port handles more freight every year."),
        ("Anton Drass", "indirect", "To develop the port, it is necessary to deepen the canal."),
        ("Anton Drass", "indirect", "Its depth should be increased to five metres, the Governor noted."),
    ])


def test_a_compound_word_opening_a_sentence_is_no_name():
    """"QR-codes are required in the region for …": a hyphenated word with a lower-case tail opens the
    sentence; it names no one, and the sentence carries the governor's report on."""
    body = (
        "Petr Halen held a working meeting with Governor of the Orlensk Region Anton Drass.\n\n"
        "According to the Governor, all hospitals in the region have enough oxygen. QR-codes are required in "
        "the region for visits to shopping malls. However, they are not needed in public transport, the "
        "Governor added."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "According to the Governor, all hospitals in the region have enough oxygen."),
        ("Anton Drass", "indirect", "QR-codes are required in the region for visits to shopping malls."),
        ("Anton Drass", "indirect", "However, they are not needed in public transport, the Governor added."),
    ])


def test_a_video_address_congratulating_is_a_statement():
    """"Vladimir Putin made a video address congratulating current and former staff of …": an address that
    congratulates is a congratulation, the speaker's indirect statement (as "sent a message …
    congratulating")."""
    body = (
        "Petr Halen made a video address congratulating current and former staff of the Emergencies Ministry "
        "on Rescue Worker's Day."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen made a video address congratulating current and former staff of "
                                   "the Emergencies Ministry on Rescue Worker's Day."),
    ])


def test_a_bare_promise_is_not_carried_on():
    """"The President promised to help. A few days ago, Nadezhda and Mark moved into their own flat.": a
    promise to act tells nothing that the next sentence goes on with; what happened after is narrative."""
    body = (
        "Petr Halen spoke on the phone with Anna Drass, a participant in the charity campaign. The President "
        "promised to help. A few days ago, Anna and her son moved into their own flat."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President promised to help."),
    ])


def test_things_listed_in_a_programme_carry_a_report_on():
    """"The buildings will be listed in a new programme for relocating residents …": "listed" in a passive
    before "in" puts things on a list, no one's speech; the sentence carries the governor's report on."""
    body = (
        "Petr Halen held a working meeting with Governor of the Orlensk Region Anton Drass.\n\n"
        "The President asked about the efforts to relocate residents of unsafe houses. The relocation programme "
        "is being implemented ahead of schedule, the Governor noted. There are plans to complete the programme by "
        "2025, he added. In 2019, inspectors recorded another 600 unsafe buildings whose residents should also be "
        "relocated. The buildings will be listed in a new programme for relocating residents of unsafe housing. "
        "Petr Halen noted that this task was a priority."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President asked about the efforts to relocate residents of unsafe houses."),
        ("Anton Drass", "indirect", "The relocation programme is being implemented ahead of schedule, the Governor "
                                    "noted."),
        ("Anton Drass", "indirect", "There are plans to complete the programme by 2025, he added."),
        ("Anton Drass", "indirect", "In 2019, inspectors recorded another 600 unsafe buildings whose residents "
                                    "should also be relocated."),
        ("Anton Drass", "indirect", "The buildings will be listed in a new programme for relocating residents of "
                                    "unsafe housing."),
        ("Petr Halen", "indirect", "Petr Halen noted that this task was a priority."),
    ])
