"""Readings of known errors of stop 37's new sets: "Minister X would welcome …" (thirty-seventh hard set
hoshima_kestrelle_foreign_ministers_meeting), a stated wish; "“We will,” the Governor assured the President, “finish …”"
(kaldora_president_meeting_severn_governor), a quotation broken by a cue with an office as its object; "President X,
standing beside her, added: “…”" (linnquist_readout_meeting_prime_minister_arandel), a participle phrase between the
subject and its verb; "WH Readout of the President's meeting …" (three-hundred-eighty-fifth whitehouse 2009-09-30), an
outlet's acronym opening a title, no person's name.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

TALKS_TITLE = "Foreign Minister Ivo Sarn met Foreign Minister Lena Dorn of Velsia"


def test_a_person_who_would_welcome_states_a_wish():
    """"Minister Aomura would welcome an early conclusion of the negotiations …", "President Linnquist would welcome
    Ludavia's participation …" (thirty-seventh hard set): a conditional wish stated, a statement."""
    body = (
        "Foreign Minister Ivo Sarn met Foreign Minister Lena Dorn of Velsia in Tarn on 4 May.\n\n"
        "Minister Sarn would welcome an early conclusion of the negotiations on the investment agreement. "
        "Minister Dorn stated that Velsia would be ready to hold the next round in July."
    )
    assert_statements(body, [
        ("Ivo Sarn", "indirect", "Minister Sarn would welcome an early conclusion of the negotiations on the "
                                 "investment agreement."),
        ("Lena Dorn", "indirect", "Minister Dorn stated that Velsia would be ready to hold the next round in July."),
    ], title=TALKS_TITLE)


def test_a_body_that_would_welcome_or_a_guest_who_would_be_welcomed_stays_as_it_was():
    """Guard: "The Ministry would welcome …" (no person), "The delegation would be welcomed by X" (a passive) and
    "X said that Y would welcome …" (the cue before it; one statement, X's) are as they were."""
    body = (
        "Foreign Minister Ivo Sarn met Foreign Minister Lena Dorn of Velsia in Tarn on 4 May.\n\n"
        "The Ministry would welcome an early visit. The delegation would be welcomed by Minister Sarn. "
        "Minister Dorn said that Minister Sarn would welcome the engineers."
    )
    assert_statements(body, [
        ("Lena Dorn", "indirect", "Minister Dorn said that Minister Sarn would welcome the engineers."),
    ], title=TALKS_TITLE)


FLOOD_TITLE = "Meeting with Governor of the Dal Region Ivan Lesk"


def test_a_quotation_broken_by_a_cue_that_tells_an_office_goes_on_as_the_speakers():
    """"“We will,” the Governor assured the President, “finish the protective dams …”" (thirty-seventh hard set
    kaldora_president_meeting_severn_governor): the listener an office after "the", as "told his guest" is."""
    body = (
        "President Petar Vor met Governor of the Dal Region Ivan Lesk.\n\n"
        "\"We will,\" the Governor assured the President, \"finish the dams before the ice breaks.\" "
        "\"Good,\" the President said."
    )
    assert_statements(body, [
        ("Ivan Lesk", "direct", "We will"),
        ("Ivan Lesk", "direct", "finish the dams before the ice breaks."),
        ("Petar Vor", "direct", "Good"),
    ], title=FLOOD_TITLE)


def test_a_quotation_broken_by_a_cue_that_tells_a_name_stays_as_it_was():
    """Guard: "“The bridges,” he told Minister Olav Rask, “will follow.”" (a name after the telling verb) reads as
    before."""
    body = (
        "President Petar Vor met Governor of the Dal Region Ivan Lesk.\n\n"
        "\"The roads,\" Ivan Lesk told Minister Olav Rask, \"will be open in May.\""
    )
    assert_statements(body, [
        ("Ivan Lesk", "direct", "The roads"),
        ("Ivan Lesk", "direct", "will be open in May."),
    ], title=FLOOD_TITLE)


FERRY_TITLE = "Readout of President Lind's Meeting with Prime Minister Vell of Kestra"


def test_a_participle_phrase_between_a_subject_and_added_keeps_the_subject():
    """"President Linnquist, standing beside her, added: “And we intend to buy some of them.”" (thirty-seventh hard
    set linnquist_readout_meeting_prime_minister_arandel): the sentence's subject speaks, not the "her" the
    participle phrase ends with (nor the one who spoke before)."""
    body = (
        "President Edo Lind met Prime Minister Sara Vell of Kestra at the White House.\n\n"
        "\"Our shipyards built the first ferries,\" the Prime Minister told reporters after the meeting. "
        "President Lind, standing beside her, added: \"And we intend to buy some of them.\""
    )
    assert_statements(body, [
        ("Sara Vell", "direct", "Our shipyards built the first ferries"),
        ("Edo Lind", "direct", "And we intend to buy some of them."),
    ], title=FERRY_TITLE)


def test_a_participle_phrase_after_a_body_or_inside_an_opening_clause_stays_as_it_was():
    """Guard: "The ministry, citing its data, noted …" (no person) and "After meeting Lind, standing beside her, the
    Prime Minister noted …" (the subject after the phrase) read as before."""
    body = (
        "President Edo Lind met Prime Minister Sara Vell of Kestra at the White House.\n\n"
        "The ministry, citing its data, noted that trade grew. After meeting Lind, standing beside her, the Prime "
        "Minister noted that all was fine."
    )
    assert_statements(body, [
        ("Sara Vell", "indirect", "After meeting Lind, standing beside her, the Prime Minister noted that all was "
                                  "fine."),
    ], title=FERRY_TITLE)


def test_an_outlets_acronym_opening_a_title_is_no_person():
    """"WH Readout of the President's meeting w/ his national security team …" (three-hundred-eighty-fifth whitehouse
    2009-09-30): "WH" is no name; the President speaks under his office, no one called "WH"."""
    body = (
        "In today's meeting, the President engaged his national security team in a candid assessment. The President "
        "stressed that the review would go on for several weeks."
    )
    result = run(body, title="WH Readout of the President's meeting w/ his national security team")
    assert [s.name for s in result.speakers] == ["The President"]
    assert [s.text for s in result.statements] == [
        "The President stressed that the review would go on for several weeks."]


def test_initials_or_a_name_in_capitals_after_an_office_stay_names():
    """Guard: "Minister LEE" (a surname in capitals after its office) and "J. R. Tarn" (initials with stops) are
    still names."""
    body = (
        "Minister LEE met Ambassador J. R. Tarn in Seoul.\n\n"
        "Minister LEE stressed that trade would grow. J. R. Tarn noted that the talks went well."
    )
    result = run(body, title="Minister LEE met Ambassador J. R. Tarn")
    assert [s.speaker for s in result.statements] == ["LEE", "J. R. Tarn"]


AIR_TITLE = "Velsia needs more air defence – President"


def test_these_were_the_words_with_which_a_person_summed_up_gives_him_the_sentence_before():
    """"The strength of a coalition is measured not by statements, but by deliveries. These were the words with which
    Taras Ozerko summed up the meeting." (thirty-seventh hard set tirnava_president_kestrellan_parliament_delegation):
    the sentence before is his, as before "This was stated by X"; the cue sentence narrative."""
    body = (
        "Velsia will need at least four more air defence systems before winter. This was stated by Ivan Dorosh, "
        "President of Velsia, as he met a delegation of the Parliament of Tarnia.\n\n"
        "The strength of a coalition is measured not by statements, but by deliveries. These were the words with "
        "which Ivan Dorosh summed up the meeting."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Velsia will need at least four more air defence systems before winter."),
        ("Ivan Dorosh", "indirect", "The strength of a coalition is measured not by statements, but by deliveries."),
    ], title=AIR_TITLE)


def test_these_were_the_words_with_which_a_session_opened_stays_narrative():
    """Guard: "These were the words with which the session opened." names no person: the sentence before stays
    narrative."""
    body = (
        "Velsia will need at least four more air defence systems before winter. This was stated by Ivan Dorosh, "
        "President of Velsia, as he met a delegation of the Parliament of Tarnia.\n\n"
        "The sides signed a memorandum on drones. These were the words with which the session opened."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Velsia will need at least four more air defence systems before winter."),
    ], title=AIR_TITLE)
