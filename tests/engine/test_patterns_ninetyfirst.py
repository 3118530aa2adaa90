"""Patterns found by the ninety-first held-out set (real Kremlin news readouts, Oct 2021 - Mar 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_the_regional_head_is_the_governor_met():
    """"the regional head dwelled on …" in a report of a meeting with a governor: the region's head
    is its governor, not a second, unnamed speaker."""
    body = (
        "President Petr Halen met with Governor of Velmora Territory Anton Drass.\n\n"
        "The Governor said the region had cut unemployment. In conclusion, Anton Drass mentioned sports. "
        "In particular, the regional head dwelled on the construction of a new arena. "
        "He said Velmora had submitted a bid to host a skating championship."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "The Governor said the region had cut unemployment."),
        ("Anton Drass", "indirect", "In conclusion, Anton Drass mentioned sports."),
        ("Anton Drass", "indirect", "In particular, the regional head dwelled on the construction of a new arena."),
        ("Anton Drass", "indirect", "He said Velmora had submitted a bid to host a skating championship."),
    ])
    assert [s.name for s in attribute(body).speakers] == ["Anton Drass"]


def test_a_thing_and_its_place_carries_a_governors_report_on():
    """"Embankments on the Kama River and other smaller rivers will be improved.": a capitalised
    plural that opens the sentence, with the place it lies in, between two of the governor's
    statements, is a thing his report speaks of, not someone acting: his report goes on."""
    body = (
        "President Petr Halen met with Governor of Velmora Territory Anton Drass.\n\n"
        "The Governor said Velmora is planning large programmes for its anniversary. Schools are being "
        "built. Embankments on the Oster River and other smaller rivers will be improved. In addition, "
        "the Governor touched on engine manufacturing."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "The Governor said Velmora is planning large programmes for its anniversary."),
        ("Anton Drass", "indirect", "Schools are being built."),
        ("Anton Drass", "indirect", "Embankments on the Oster River and other smaller rivers will be improved."),
        ("Anton Drass", "indirect", "In addition, the Governor touched on engine manufacturing."),
    ])


def test_supporting_the_resumption_of_a_process_is_a_stance():
    """"Vladimir Putin supported the restoration of contacts between …": a stance taken in a call on a
    course of action (starting a process again, going on with it), as "supported the idea"."""
    body = (
        "President Petr Halen had a telephone conversation with Chancellor of Dornia Ilse Varga.\n\n"
        "The leaders continued their discussion of the situation on the border. Petr Halen supported the "
        "restoration of contacts between Dornia and Velmora with a view to resolving this problem. "
        "Ilse Varga supported the early resumption of the fisheries talks."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen supported the restoration of contacts between Dornia and Velmora "
                                   "with a view to resolving this problem."),
        ("Ilse Varga", "indirect", "Ilse Varga supported the early resumption of the fisheries talks."),
    ])


def test_commentary_provided_on_a_topic_is_a_statement():
    """"Minister of Culture Olga Lyubimova provided commentary on the collection.": she spoke about it
    (as "spoke about"); the tour and the signing around it stay narrative."""
    body = (
        "President Petr Halen visited the Harbour Museum.\n\n"
        "The President toured the display of the museum. Minister of Culture Lena Ostrova provided commentary "
        "on the collection. At the end of the tour, the President signed the guest book."
    )
    assert_statements(body, [
        ("Lena Ostrova", "indirect", "Minister of Culture Lena Ostrova provided commentary on the collection."),
    ])
