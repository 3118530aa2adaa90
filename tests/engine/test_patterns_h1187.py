"""Rules from the nine-hundred-fifth held-out set (the Governor of Syunik province, Armenia, and those at his meetings,
2020-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_this_was_stated_by_a_lower_case_president_gives_him_the_sentence_before():
    """"The fate of Artsakh … is the key to the integrity of Armenia. This was stated by president Laurent Wauquiez of
    the Regional Council of … at Friday’s joint press conference …" (news.am 2023-03-31): the back-reference names its
    speaker with the office in lower case; the sentence before is his, this one only says who and where. Before, the
    back-reference itself was his and the sentence before no one's."""
    body = ("The fate of the Vesk valley is closely connected with the fate of Zarnia, and the valley is the key to its "
            "integrity. This was stated by president Olek Varn of the Regional Council of Borovia at Friday’s joint "
            "press conference in Tarsk.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The fate of the Vesk valley is closely connected with the fate of Zarnia, and the "
         "valley is the key to its integrity."),
    ])


def test_this_was_stated_by_a_lower_case_office_naming_no_one_is_no_statement():
    """The guard: "This was stated by president's office staff." names no person after the office word: the sentence
    before stays no one's, and the back-reference too."""
    body = ("The fate of the Vesk valley is closely connected with the fate of Zarnia. This was stated by president's "
            "office staff at a briefing.")
    assert_statements(body, [])


def test_a_bodys_statement_as_a_quotations_tag_is_no_ones():
    """"“…,” the Syunik government statement said." and then "“…,” the statement said." (Armenpress 2024-08-16, as a copy
    site prints it): a body's text, named after the body, tells the quotations; no one's words, not the governor's
    before them. Before, both went to the last speaker."""
    body = ("On August 15, Vesk Governor Olek Varn received the Ambassador of Borovia Ima Sello.\n\n"
            "The governor thanked the diplomat for his visit to the region.\n\n"
            "“The ambassador's first visit to Vesk was for familiarization. The governor introduced him to the "
            "economy,” the Vesk government statement said.\n\n"
            "“At the same time, other areas of possible cooperation were discussed,” the statement said.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The governor thanked the diplomat for his visit to the region."),
    ])


def test_a_ministers_quotation_before_the_statement_said_stays_his():
    """The guard: a quotation the minister tells ("“…,” the minister said.") before a body's statement is named is
    still his; only the quotation the statement tells is no one's."""
    body = ("Minister Olek Varn of Zarnia received the Ambassador of Borovia Ima Sello.\n\n"
            "“We value this visit,” the minister said.\n\n"
            "“Both sides agreed to meet again,” the ministry statement said.")
    assert_statements(body, [
        ("Olek Varn", "direct", "We value this visit"),
    ])


def test_lower_case_office_before_a_name_of_a_nations_province_is_his():
    """"During his working visit to France, governor Robert Ghukasyan of Armenia’s Syunik Province was in Vienne, …"
    (Artsakhpress 2022-10-24): an untitled name, "of", its country's possessive and a province: a person of that
    province, not a body's own name. Before, no one was registered, so "The governor … thanked …" was no one's."""
    body = ("During his working visit to Borovia, governor Olek Varn of Kenya’s Vesk County was in Tarsk.\n\n"
            "The governor thanked the city authorities for the projects implemented in Vesk.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The governor thanked the city authorities for the projects implemented in Vesk."),
    ])


def test_an_agencys_colon_dateline_does_not_hide_the_subject():
    """"STEPANAKERT, OCTOBER 24, ARTSAKHPRESS: The governor had a meeting with the mayor of Vienne, Thierry Kovacs, and
    thanked …" (Artsakhpress 2022-10-24): the place, the month in capitals, the day and the agency, then a colon: a
    dateline, no word of the sentence, so the governor opens it and his thanks are his. Before, no one's."""
    body = ("Governor Olek Varn of Vesk Province arrived in Tarsk on Monday.\n\n"
            "TARSK, OCTOBER 24, ZARNIAPRESS: The governor had a meeting with the mayor of Tarsk, Ima Sello, and thanked "
            "the city authorities for the projects implemented in Vesk.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The governor had a meeting with the mayor of Tarsk, Ima Sello, and thanked the city "
         "authorities for the projects implemented in Vesk."),
    ])


def test_office_of_the_region_before_a_name_is_his():
    """"… the ambassador met with the governor of the region Robert Gukasyan. The Armenian governor thanked …"
    (axar.az 2022-05-24): an office in lower case of a place named only by its noun after "of the", right before the
    name, is the name's. Before, the name had no office and "the governor" meant no one."""
    body = ("Ambassador Ima Sello of Borovia visited Vesk. She met with the governor of the region Olek Varn.\n\n"
            "The Zarnian governor thanked the ambassador for the programs implemented in Vesk. He called the "
            "ambassador's visit an example of support for residents.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The Zarnian governor thanked the ambassador for the programs implemented in Vesk."),
        ("Olek Varn", "indirect", "He called the ambassador's visit an example of support for residents."),
    ])


def test_deputy_office_of_the_city_before_a_name_is_not_the_mayors():
    """The guard: "the deputy mayor of the city Olek Varn" holds a rank the office lists do not: not read as the mayor's
    office, so "The mayor thanked …" does not go to him."""
    body = ("Ambassador Ima Sello of Borovia met with the deputy mayor of the city Olek Varn.\n\n"
            "The mayor thanked the ambassador for the visit.")
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("The mayor", "The mayor thanked the ambassador for the visit.")]
