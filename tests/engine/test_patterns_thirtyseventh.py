"""Patterns found by the thirty-seventh held-out set (benchmarks/heldout/thirtyseventh/, real
president.gov.ua readouts of October 2021): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_closing_mark_with_its_opening_lost_reaches_back_to_the_speakers_last_statement():
    """"The President noted that …. Storms Ivar and Dagny … . We need … . Treaties are worthless
    …," the President said.": the scraper lost the quotation's opening mark, and its closing mark
    says the sentences back to the speaker's last statement are his words (71349 gave only the
    sentence with the closing mark)."""
    body = ("President of Ostrava Petr Halen spoke at the Climate Forum in Lodvar. \"Our goal is a clean river "
            "by 2030,\" the Head of State stressed. The President noted that the old conventions do not keep up "
            "with the challenges of today. Storms Ivar and Dagny, the floods in Velmora and the fires in the south "
            "do not wake any of us. To stop the warming, we need warmth in the relations of states. Treaties are "
            "worthless if they are just words for someone,\" the President said. He thanked the hosts.")
    assert_statements(body, [
        ("Petr Halen", "direct", "Our goal is a clean river by 2030"),
        ("Petr Halen", "indirect", "The President noted that the old conventions do not keep up with the challenges "
                                   "of today."),
        # (one quotation, one statement, as 71349's gold has it: the quotation is read with its lost
        # opening mark since the hundred-ninety-second set; the words are the same as before)
        ("Petr Halen", "direct", "Storms Ivar and Dagny, the floods in Velmora and the fires in the south do not wake "
                                 "any of us. To stop the warming, we need warmth in the relations of states. Treaties are "
                                 "worthless if they are just words for someone"),
        ("Petr Halen", "indirect", "He thanked the hosts."),
    ])


def test_a_thing_expected_between_two_statements_of_one_minister_is_his_report():
    """"According to the Minister, …. Concession tenders for them are expected in the first half
    of next year. In addition, according to the Minister, …": with no agent and no meeting, what
    is expected lies inside his report (71297 missed Kubrakov's "are expected" sentence); "The next
    round of consultations is scheduled for May." stays the readout's."""
    body = ("Members of the Council heard the report of Minister of Infrastructure Ivan Petrenko. According to the "
            "Minister, in December the ports of Lodvar and Sarna will be transferred to concession. Concession "
            "tenders for them are expected in the first half of next year. In addition, according to the Minister, "
            "three more ports have been transferred to the State Property Fund. The next round of consultations is "
            "scheduled for May. The Minister also said that the port of Tarvik is profitable.")
    assert_statements(body, [
        ("Ivan Petrenko", "indirect", "According to the Minister, in December the ports of Lodvar and Sarna will be "
                                      "transferred to concession."),
        ("Ivan Petrenko", "indirect", "Concession tenders for them are expected in the first half of next year."),
        ("Ivan Petrenko", "indirect", "In addition, according to the Minister, three more ports have been "
                                      "transferred to the State Property Fund."),
        ("Ivan Petrenko", "indirect", "The Minister also said that the port of Tarvik is profitable."),
    ])
