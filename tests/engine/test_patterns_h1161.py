"""Rules from the eight-hundred-eighty-third held-out set (the Chief Minister of Melaka and those who speak at or of
the office's meetings, 2010-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_courtesy_call_in_a_dateline_lead_is_no_call_to_act():
    """"KUALA LUMPUR: Prime Minister X today paid a courtesy call on Melaka Governor Y at Istana Melaka, marking his
    first official visit to the state’s highest office." (thesun 2025-12-06): the noun "call" after "courtesy" is a
    visit, not "called on … to …", so the place and its colon are the dateline and the lead's subject is the Prime
    Minister, whom "he posted on Facebook" then means. Before, both quoted paragraphs went to no one."""
    body = ("KOTA MERAN: Prime Minister Borin Tal today paid a courtesy call on Governor Kemo Varis at the "
            "Governor’s palace, marking his first official visit to the state’s highest office.\n\n"
            "“This meeting provides a strong space for us to exchange views on the state’s development.\n\n"
            "“Our commitment is clear,” he posted on Facebook.")
    assert_statements(body, [
        ("Borin Tal", "direct", "This meeting provides a strong space for us to exchange views on the state’s "
                                "development."),
        ("Borin Tal", "direct", "Our commitment is clear,"),
    ], title="Prime Minister pays courtesy call on the Governor")


def test_a_call_on_people_to_act_in_a_dateline_lead_still_speaks():
    """The guard: "called on the residents … to conserve water" is an appeal, the lead speaks, and the place stays
    in its statement, as before."""
    body = ("KOTA MERAN: Prime Minister Borin Tal today called on the residents of the state to conserve water "
            "during the dry season.")
    assert_statements(body, [
        ("Borin Tal", "indirect", "KOTA MERAN: Prime Minister Borin Tal today called on the residents of the state "
                                  "to conserve water during the dry season."),
    ], title="Prime Minister urges residents to conserve water")


_WISH_LEAD = "HALVIK, Feb 27 — Governor Kemo Varis has wanted Ardo Venn to continue his duty as the chief minister.\n\n"


def test_the_agent_of_this_was_disclosed_by_is_who_he_is_later():
    """"This was disclosed by Adly during a news conference …" (malaymail 2020-02-27), after a lead of the Governor's
    wish: the sentence is narrative, but its agent is the one the quotation's "he said" means. Before, "he" was the
    Governor, the lead's subject."""
    body = (_WISH_LEAD + "This was disclosed by Venn during a news conference here today.\n\n"
            "“I had a meeting with the Governor yesterday before the council meeting.\n\n"
            "“We maintain the status quo,” he said.")
    assert_statements(body, [
        ("Ardo Venn", "direct", "I had a meeting with the Governor yesterday before the council meeting."),
        ("Ardo Venn", "direct", "We maintain the status quo,"),
    ])


def test_a_passive_with_no_agent_leaves_the_lead_subject():
    """The guard: "This was disclosed during a news conference" names no one; the quotation's "he" is read as
    before (the lead's subject)."""
    body = (_WISH_LEAD + "This was disclosed during a news conference here today.\n\n"
            "“We maintain the status quo,” he said.")
    assert_statements(body, [
        ("Kemo Varis", "direct", "We maintain the status quo,"),
    ])


def test_mohd_with_its_stop_stays_in_the_name():
    """"the Chief Minister Of Melaka- Datuk Seri Mohd. Ali Rustam" (malaccatourism 2011-08-15): "Mohd." (Muhammad
    shortened) opens the name, which runs on after its stop. Before, the Chief Minister was a person "Mohd."."""
    body = ("The association had a brief meeting with the Chief Minister Datuk Seri Mohd. Kemal Varis at his office.\n\n"
            "The Chief Minister said the state would help the school.")
    assert_statements(body, [
        ("Mohd. Kemal Varis", "indirect", "The Chief Minister said the state would help the school."),
    ])


def test_a_longer_word_and_its_stop_still_end_the_run():
    """The guard: any other word of three lower-case letters and a stop still ends a name ("… Tomas Pell. Ardo Venn
    …" are two people)."""
    body = ("The talks were useful, said Ambassador Tomas Pell. Ardo Venn thanked him for the visit.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "The talks were useful, said Ambassador Tomas Pell."),
        ("Ardo Venn", "indirect", "Ardo Venn thanked him for the visit."),
    ])


def test_responded_by_an_act_is_no_statement():
    """"Immediately the CM responded by approving the request but letting the Finance Dept allocate the amount."
    (malaccatourism): a response that is an act, no words. Before, it was his statement, and the blogger's next
    sentence carried it on."""
    result = run("Governor Kemo Varis met the association today. Immediately the Governor responded by approving the "
                 "request but letting the finance department allocate the amount.")
    assert [s.text for s in result.statements if s.speaker is not None] == []


def test_responded_by_thanking_or_with_words_still_speaks():
    """The guard: a gerund that is a speech verb ("thanking"), or words after the act ("…, saying …"), speak."""
    body = ("Governor Kemo Varis met the association today. The Governor responded by thanking the association for "
            "its work. Later the Governor responded by approving the plan, saying it would help the school.")
    assert_statements(body, [
        ("Kemo Varis", "indirect", "The Governor responded by thanking the association for its work."),
        ("Kemo Varis", "indirect", "Later the Governor responded by approving the plan, saying it would help the "
                                   "school."),
    ])


def test_mdm_before_one_name_is_a_womans_style():
    """"The president of MTA, Mdm. Madelina also took this opportunity to request the state government for …"
    (malaccatourism): "Mdm." (Madam) is a style, no sentence's end, and the one name after it a woman's. Before,
    no one spoke."""
    body = ("The association met Governor Kemo Varis today.\n\n"
            "The president of the association, Mdm. Lirana also took this opportunity to request the state "
            "government for some assistance. She said the school roof needs repair.")
    assert_statements(body, [
        ("Lirana", "indirect", "The president of the association, Mdm. Lirana also took this opportunity to request "
                               "the state government for some assistance."),
        ("Lirana", "indirect", "She said the school roof needs repair."),
    ])


def test_mdm_before_a_full_name_keeps_the_sentence_whole():
    """The same style before a full name: the sentence is not cut at "Mdm.". Before, the statement began at the
    name."""
    body = ("The association met Governor Kemo Varis today. The president of the association, Mdm. Lira Osk also "
            "requested the state government for some assistance.")
    assert_statements(body, [
        ("Lira Osk", "indirect", "The president of the association, Mdm. Lira Osk also requested the state "
                                 "government for some assistance."),
    ])
