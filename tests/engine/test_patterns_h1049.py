"""Helper h1049 (styles57, tourism ministries', tourism boards' and national tourism organisations' international
meetings): "the Chairman" is the one who bears the title, not one who heads a delegation; "co-chaired by" an office and
a name, and a second office and name, makes both co-chairs ("the Drummelian co-chair"); a name, a lower-case office
("director of sales", "vice president, destination marketing") and a body, all set off by commas, before "said": the
name speaks; one who "called on" an office's holder is "the visiting …"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_chairman_is_the_one_titled_so_not_the_head_of_a_delegation():
    body = (
        "A delegation of the Embassy of Orvenna, led by the Ambassador, Mr. Tobiah Wrenmarsh, visited the head office "
        "of the Korrowan Islands Tourism Board on Tuesday and met the Chairman of the Board, Mr. Castor Illingvale.\n\n"
        "The Board's Managing Director, Ms. Oriel Pascombe, made a presentation on the islands' products.\n\n"
        "Speaking on the occasion, the Chairman said that Orvenna had become the fastest-growing market.\n\n"
        "Mr. Wrenmarsh said the Embassy would help the Board."
    )
    assert_statements(body, [
        ("Oriel Pascombe", "indirect",
         "The Board's Managing Director, Ms. Oriel Pascombe, made a presentation on the islands' products."),
        ("Castor Illingvale", "indirect",
         "Speaking on the occasion, the Chairman said that Orvenna had become the fastest-growing market."),
        ("Tobiah Wrenmarsh", "indirect", "Mr. Wrenmarsh said the Embassy would help the Board."),
    ], title="Chairman of Korrowan Islands Tourism Board meets Orvennan Ambassador")


def test_the_chairman_who_leads_a_delegation_is_still_the_chairman():
    body = (
        "A delegation of the Orvennan Chamber of Tourism, led by its Chairman, Mr. Tobiah Wrenmarsh, met the Minister "
        "of Tourism of Tellaria, Ms. Ines Corrowby, on Tuesday.\n\n"
        "The Chairman said the Chamber's members would open two hotels in Tellaria."
    )
    assert_statements(body, [
        ("Tobiah Wrenmarsh", "indirect", "The Chairman said the Chamber's members would open two hotels in Tellaria."),
    ])


def test_co_chaired_by_two_offices_makes_two_co_chairs():
    body = (
        "The second session of the Joint Tourism Committee was held in Port Amberlay on Monday.\n\n"
        "The session was co-chaired by the Director General of Tourism of Orvenna, Mr. Tobiah Wrenmarsh, and the "
        "Deputy Minister of Tourism of Tellaria, Ms. Ines Corrowby.\n\n"
        "In his opening remarks, the Orvennan co-chair said tourist flows had doubled.\n\n"
        "The Tellarian co-chair welcomed the figures. She informed the session that a new visa would be introduced."
    )
    assert_statements(body, [
        ("Tobiah Wrenmarsh", "indirect", "In his opening remarks, the Orvennan co-chair said tourist flows had doubled."),
        ("Ines Corrowby", "indirect", "The Tellarian co-chair welcomed the figures."),
        ("Ines Corrowby", "indirect", "She informed the session that a new visa would be introduced."),
    ])


def test_an_office_named_after_the_sentence_of_one_co_chair_is_no_co_chair():
    body = (
        "The session was co-chaired by the Director General of Tourism of Orvenna, Mr. Tobiah Wrenmarsh. The "
        "delegation of Tellaria was led by the Director of Marketing, Mr. Aldous Pennyfeather, and the Deputy Minister "
        "of Tourism of Tellaria, Ms. Ines Corrowby, also attended.\n\n"
        "The Orvennan co-chair said tourist flows had doubled."
    )
    result = assert_statements(body, [
        ("Tobiah Wrenmarsh", "indirect", "The Orvennan co-chair said tourist flows had doubled."),
    ])
    assert not any(s.speaker in ("Ines Corrowby", "Aldous Pennyfeather") for s in result.statements)


def test_a_name_then_a_lower_case_office_its_field_and_a_body_speaks():
    body = (
        "The Tellaric Tourism Board's roadshow opened in Orvenna on Wednesday.\n\n"
        "Oriel Pascombe, vice president, destination marketing, Tellaric Tourism Board, said Orvenna was its third "
        "largest market.\n\n"
        "Jonas Achterfeld, director of sales, Amber Coast Resorts, said the spring allotments were full."
    )
    assert_statements(body, [
        ("Oriel Pascombe", "indirect",
         "Oriel Pascombe, vice president, destination marketing, Tellaric Tourism Board, said Orvenna was its third "
         "largest market."),
        ("Jonas Achterfeld", "indirect",
         "Jonas Achterfeld, director of sales, Amber Coast Resorts, said the spring allotments were full."),
    ])


def test_a_second_name_set_off_before_the_body_is_not_an_office():
    body = (
        "The roadshow opened in Orvenna on Wednesday with Oriel Pascombe, Jonas Achterfeld, and the Tellaric Tourism "
        "Board.\n\n"
        "Mr. Achterfeld said the spring allotments were full."
    )
    assert_statements(body, [
        ("Jonas Achterfeld", "indirect", "Mr. Achterfeld said the spring allotments were full."),
    ])


def test_the_one_who_called_on_the_holder_is_the_visiting_chief():
    body = (
        "The Chief Executive of the Orvennan National Tourism Organisation, Mr. Tobiah Wrenmarsh, called on the "
        "Deputy Minister of Tourism of Tellaria, Ms. Ines Corrowby, at her office on Thursday.\n\n"
        "The visiting tourism chief briefed the Deputy Minister on the new brochure.\n\n"
        "Ms. Corrowby thanked him for the support."
    )
    assert_statements(body, [
        ("Tobiah Wrenmarsh", "indirect", "The visiting tourism chief briefed the Deputy Minister on the new brochure."),
        ("Ines Corrowby", "indirect", "Ms. Corrowby thanked him for the support."),
    ])
