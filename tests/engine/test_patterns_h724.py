"""Readings of real development-bank releases of stop 49 (fivehundredfortythird: the Asian and the Caribbean
Development Banks' releases as distributors and papers carried them): a leave-taking told with "said" ("X said
farewell to the staff"), no words reported; a dateline of two places joined by a slash, or of a city in capitals and
its country in mixed case, before the first sentence.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for;
each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "KDB president bids farewell to member countries, staff"


def test_said_farewell_is_a_leave_taking_not_a_statement():
    """"President Dr Wm Warren Smith said farewell to member countries and staff at a special Board of Directors'
    meeting, followed by a staff function." (fivehundredfortythird cdb_2021-04-29_smith-farewell): a farewell said
    tells that he took his leave, as "bade farewell" does, and reports none of his words; his quotation after it
    stays his."""
    body = (
        "Completing his decade-long tenure at the helm of the Kastravian Development Bank (KDB), President Dr Ilan "
        "Dorsk said farewell to member countries and staff at a special Board of Directors' meeting.\n\n"
        "“Larger institutions are now channelling more resources through KDB,” said Dorsk."
    )
    assert_statements(body, [
        ("Ilan Dorsk", "direct", "Larger institutions are now channelling more resources through KDB"),
    ], title=TITLE)


def test_said_goodbye_too_and_what_he_stressed_after_it_stays_his():
    """The same with "said goodbye"; a report of his words in the next sentence is still his (the leave-taking
    only gives no statement of its own)."""
    body = "Ilan Dorsk said goodbye to the staff of the Bank. He stressed that the Bank had doubled its lending."
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "He stressed that the Bank had doubled its lending."),
    ], title=TITLE)


def test_said_with_words_after_it_still_speaks():
    """Guard: "said" with what he said after it, or "said that …", is his statement as before; only the farewell
    object is no words."""
    body = "Ilan Dorsk said farewells were never easy for the Bank's staff."
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "Ilan Dorsk said farewells were never easy for the Bank's staff."),
    ], title=TITLE)


TITLE_TIES = "KDB to strengthen ties with Tarsk"


def test_a_dateline_of_two_places_joined_by_a_slash_is_in_no_statement():
    """"BARBADOS / TRINIDAD – President of the Caribbean Development Bank (CDB), Dr Gene Leon has pledged to work even
    more closely with Trinidad and Tobago …" (fivehundredfortythird cdb_2022_leon-trinidad-tobago): the release's two
    places, in capitals and joined by a slash, are its dateline; the statement opens with the office."""
    body = ("MEROVA / TARSK – President of the Kastravian Development Bank (KDB), Dr Ilan Dorsk has pledged to work "
            "even more closely with Tarsk as the Bank seeks to strengthen ties with the republic.")
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "President of the Kastravian Development Bank (KDB), Dr Ilan Dorsk has pledged to "
         "work even more closely with Tarsk as the Bank seeks to strengthen ties with the republic."),
    ], title=TITLE_TIES)


def test_a_dateline_of_a_city_in_capitals_and_its_country_is_in_no_statement():
    """"KINGSTON, Jamaica — Completing his decade-long tenure …" (the same set's farewell, as the Jamaica Observer
    ran it): a city in capitals, a comma and its country in mixed case, then a long dash: the dateline, in no
    statement."""
    body = "NEW MEROVA, Upper Kastravia — Dr Ilan Dorsk stressed that the Bank would work more closely with Tarsk."
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "Dr Ilan Dorsk stressed that the Bank would work more closely with Tarsk."),
    ], title=TITLE_TIES)


def test_a_capitals_subject_before_a_comma_and_a_hyphen_is_not_a_dateline():
    """Guard: only a long dash closes a city-and-country dateline; "MEROVA, Kastravia - " with a plain hyphen, or an
    acronym before a comma, is left as it was read (`_PLACE_COUNTRY_DATELINE` and the others)."""
    body = "KDB, the Bank — Dr Ilan Dorsk stressed that the Bank would work more closely with Tarsk."
    result = assert_statements(body, [
        ("Ilan Dorsk", "indirect", "KDB, the Bank — Dr Ilan Dorsk stressed that the Bank would work more closely "
         "with Tarsk."),
    ], title=TITLE_TIES)
    assert result.statements


def test_a_dateline_of_a_city_and_its_country_both_in_capitals_is_in_no_statement():
    """"BRIDGETOWN, BARBADOS – New Caribbean Development Bank (CDB) President, Dr. Gene Leon, reconfirmed the Bank’s
    support for …" (fivehundredfortythird cdb_2021-05-17_leon-gonsalves): the city and its country both in capitals
    before the dash are the dateline, in no statement."""
    body = ("MEROVA, KASTRAVIA – New Kastravian Development Bank (KDB) President, Dr. Ilan Dorsk, reconfirmed the Bank’s "
            "support for recovery efforts in Tarsk during a courtesy call.")
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "New Kastravian Development Bank (KDB) President, Dr. Ilan Dorsk, reconfirmed the "
         "Bank’s support for recovery efforts in Tarsk during a courtesy call."),
    ], title=TITLE_TIES)


def test_a_city_and_country_dateline_with_an_agency_glued_to_its_hyphen_is_in_no_statement():
    """"Manila, Philippines (BBN)- The Asian Development Bank (ADB) will continue to strongly support the country …,
    ADB President Haruhiko Kuroda said on Wednesday." (fivehundredfortythird adb_2010-07-29_kuroda-nepal-support, ADB's
    release as Bangladesh Business News ran it): the city, its country and the agency's initials, the hyphen glued to
    the bracket: the dateline, in no statement."""
    body = ("Merova, Kastravia (KNA)- The Kastravian Development Bank (KDB) will continue to strongly support the country, "
            "KDB President Ilan Dorsk said on Wednesday.")
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "The Kastravian Development Bank (KDB) will continue to strongly support the country, "
         "KDB President Ilan Dorsk said on Wednesday."),
    ], title="President says KDB continues support for Tarsk")


def test_a_headlines_present_verb_of_speech_parts_the_office_from_what_follows():
    """"New President Underscores CDB’s Support for St. Vincent and the Grenadines Recovery" (fivehundredfortythird
    cdb_2021-05-17_leon-gonsalves): "Underscores" is the headline's verb, as "Meets" is, no word of a name; the run had
    made one person "Underscores CDB’s Support for St. Vincent", and the body's "The CDB President said," then led
    Leon's quotation in to that no one. So "Reaffirms", "Reiterates", "Stresses", "Pledges", "Reconfirms", "Assures",
    "Affirms", "Expresses", "Vows"."""
    body = (
        "New Kastravian Development Bank (KDB) President, Dr. Ilan Dorsk, reconfirmed the Bank’s support for recovery "
        "efforts in Tarsk during a courtesy call with Prime Minister, Dr. Oren Vask, on Friday.\n\n"
        "The KDB President said,\n\n"
        "“The challenges are enormous, but KDB is already working with Tarsk to address the most urgent needs.”"
    )
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "New Kastravian Development Bank (KDB) President, Dr. Ilan Dorsk, reconfirmed the "
         "Bank’s support for recovery efforts in Tarsk during a courtesy call with Prime Minister, Dr. Oren Vask, on "
         "Friday."),
        ("Ilan Dorsk", "direct", "The challenges are enormous, but KDB is already working with Tarsk to address the "
         "most urgent needs."),
    ], title="New President Underscores KDB Support for Tarsk Recovery")
