"""Rules from the fourhundredfiftyfourth held-out set (Nepal's Ministry of Foreign Affairs and its missions abroad,
English press releases, 2017-2023): invented readouts and people."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_one_person_exchanging_views_on_a_topic_reports_his_side_of_the_talk():
    """"In his meeting with Under Secretary-General …, Mr. Bairagi exchanged views on various aspects of …"
    (un_int_nepal 2017-10-30): one person's side of a talk on a named topic, as "discussed" with one subject; before,
    no statement, and the "he" of the next sentence went to the name inside the opening phrase."""
    body = ("Foreign Secretary Mr. Tarun Belsa met with senior officials of the Organization today.\n\n"
            "In his meeting with Under Secretary-General Mr. Oskar Vennholm, Mr. Belsa exchanged views on the "
            "reform of the Secretariat. Similarly, he held a meeting with Director Ms. Ilse Marrow and discussed "
            "matters of common interest.")
    assert_statements(body, [
        ("Tarun Belsa", "indirect",
         "In his meeting with Under Secretary-General Mr. Oskar Vennholm, Mr. Belsa exchanged views on the reform "
         "of the Secretariat."),
        ("Tarun Belsa", "indirect",
         "Similarly, he held a meeting with Director Ms. Ilse Marrow and discussed matters of common interest."),
    ])


@pytest.mark.parametrize("sentence", [
    "Minister Tarun Belsa exchanged opinions with Ms. Ilse Marrow, the Ambassador of Corvania.",
    "Minister Tarun Belsa held phone talks with Ms. Ilse Marrow, exchanging views on the border.",
    "The two sides exchanged views on the reform of the Secretariat.",
])
def test_views_exchanged_with_a_partner_or_by_a_group_stay_narrative(sentence):
    """"… exchanged opinions with Ms. Caroline Kennedy", "held phone talks …, exchanging views on …", "the two sides
    exchanged views": the act of two (as the earlier sets' golds read them), no one person's statement."""
    assert_statements(sentence, [])


def test_a_country_statement_delivered_on_a_topic_is_the_speaker_s():
    """"… delivered Nepal’s statement on Peacekeeping today", "delivered Nepal’s statement at the Fourth Committee of
    …, on ‘Comprehensive Review of …’" (un_int_nepal 2017-10-30): one person speaking on a topic or a quoted agenda
    item, as "delivered a speech on <topic>"; before, neither was read."""
    body = ("Ambassador Tarun Belsa delivered Corvania’s statement on disarmament today.\n\n"
            "The Ambassador delivered Corvania’s statement at the First Committee of the General Assembly, on "
            "‘General and Complete Disarmament’.\n\n"
            "Ambassador Belsa delivered Corvania’s statement on behalf of the group.")
    assert_statements(body, [
        ("Tarun Belsa", "indirect", "Ambassador Tarun Belsa delivered Corvania’s statement on disarmament today."),
        ("Tarun Belsa", "indirect",
         "The Ambassador delivered Corvania’s statement at the First Committee of the General Assembly, on "
         "‘General and Complete Disarmament’."),
    ])


def test_a_relative_clause_with_only_its_closing_comma_keeps_the_opening_subject():
    """"Foreign Secretary Mr. X who is on a visit of New York, met with senior UN Officials, and delivered Nepal’s
    statement on Peacekeeping today." (un_int_nepal 2017-10-30): the "who" clause has no opening comma, only its
    closing one; the person before it opens the sentence and is the subject of both verbs after it."""
    body = ("Foreign Secretary Mr. Tarun Belsa who is on a visit of Geneva, met with senior officials, and delivered "
            "Corvania’s statement on disarmament today.\n\n"
            "Minister Ilse Marrow who heads the delegation, stressed the need for an early agreement.")
    assert_statements(body, [
        ("Tarun Belsa", "indirect",
         "Foreign Secretary Mr. Tarun Belsa who is on a visit of Geneva, met with senior officials, and delivered "
         "Corvania’s statement on disarmament today."),
        ("Ilse Marrow", "indirect",
         "Minister Ilse Marrow who heads the delegation, stressed the need for an early agreement."),
    ])


def test_an_occasion_that_was_one_person_s_to_speak_is_his_statement():
    """"The meeting was an opportunity for the Ambassador to thank the Honorary Consuls for …" (nepalembassy_gov_np
    2023-09-29; styles15's "The Royal audience was also an opportunity for the Cassandrian President to convey …"):
    the one the occasion was for speaks, a verb of speech after "to"."""
    body = ("Ambassador Tarun Belsa hosted a meeting at his residence with the Honorary Consuls of Corvania.\n\n"
            "The meeting was an opportunity for the Ambassador to thank the Honorary Consuls for their work in "
            "promoting trade.")
    assert_statements(body, [
        ("Tarun Belsa", "indirect",
         "The meeting was an opportunity for the Ambassador to thank the Honorary Consuls for their work in "
         "promoting trade."),
    ])


@pytest.mark.parametrize("sentence", [
    "The visit of Minister Tarun Belsa will be an opportunity for the Minister to discuss trade.",
    "The meeting was an opportunity for the two ministers to thank the organisers.",
    "The meeting was an opportunity for Minister Tarun Belsa to visit the port.",
])
def test_an_occasion_planned_or_a_group_s_or_for_an_act_is_no_statement(sentence):
    """A plan ("will be an opportunity for … to discuss"), a group's occasion ("for the two ministers"), an act ("to
    visit the port"): no one person's words."""
    assert_statements(sentence, [])
