"""Rules mended by helper h630 from the fourhundredsixtyeighth set (Solomon Islands Government releases): invented
readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_meeting_used_to_speak_may_be_named_by_its_day():
    """"Ambassador X used today’s follow-up meeting to reaffirm …" (fourhundredsixtyeighth saudi-ambassador): the day's
    possessive stands where "the" or "this" stood before "meeting"; the occasion is used to speak, so the sentence is the
    ambassador's. Before, only "the", "his", "her", "this", "that" opened the meeting noun and the sentence went to no
    one."""
    body = ("Prime Minister Corwin Tallis has received a courtesy visit from the non-resident ambassador, "
            "His Excellency Dario Veln.\n\n"
            "Ambassador Veln used today’s follow-up meeting to reaffirm his country’s commitment to support the islands "
            "in the areas of energy and tourism.")
    assert_statements(body, [
        ("Dario Veln", "indirect",
         "Ambassador Veln used today’s follow-up meeting to reaffirm his country’s commitment to support the islands "
         "in the areas of energy and tourism."),
    ])


def test_a_meeting_used_only_to_act_stays_narrative():
    """The day's possessive does not make every use speech: "used yesterday’s meeting to sign …" is an act."""
    body = ("Prime Minister Corwin Tallis has received a courtesy visit from the non-resident ambassador, "
            "His Excellency Dario Veln.\n\n"
            "Ambassador Veln used yesterday’s meeting to sign the visa agreement.")
    assert_statements(body, [])


def test_registering_a_countrys_interest_voices_it():
    """"Minister X registered Solomon Islands interest to engage in new areas, …" (fourhundredsixtyeighth
    agovaka-marsudi): a country's interest registered is voiced, as "expressed interest". Before, "registered" spoke
    only with a feeling word ("concern", "satisfaction" …) after it."""
    body = ("Foreign Minister Tavita Orue and her counterpart Mrs. Lena Strand met in New York this week.\n\n"
            "Minister Orue registered Kelvara interest to engage in new areas, including an air services agreement.")
    assert_statements(body, [
        ("Tavita Orue", "indirect",
         "Minister Orue registered Kelvara interest to engage in new areas, including an air services agreement."),
    ])


def test_registering_a_company_is_not_speech():
    """"registered the company in …" and "registered an interest in the property" (a filing, an article before
    "interest") stay narrative."""
    body = ("Foreign Minister Tavita Orue and her counterpart Mrs. Lena Strand met in New York this week.\n\n"
            "Minister Orue registered an interest in the property with the land office.")
    assert_statements(body, [])
