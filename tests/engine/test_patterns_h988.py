"""Helper h988 (sevenhundredfortyninth, the Chief Minister of Khyber Pakhtunkhwa as Pakistani outlets print him):
"… came under discussion" is the meeting's topic, no one's report carried on; "…, said a handout." tells the
sentence, no verb of its subject's own; a wire's dateline with the day before a month in capitals ("PESHAWAR, 18 MAY
(DNA) – "); "showed his special interest in …" voiced; a speech verb in an opening "A day after …" clause is no
statement when the main clause only tells what followed."""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "VELMAR: Chief Minister Arman Tolvi on Saturday said the bank was a reliable partner of the province.\n\n"


def test_came_under_discussion_is_the_meetings_topic():
    body = (
        "During the meeting, Chief Minister Arman Tolvi briefed Prime Minister Karel Ostrin on projects in the "
        "districts.\n\n"
        "Federal government-funded projects in Velmar also came under discussion in the meeting. Arman Tolvi told "
        "the prime minister that the government is committed to industry.\n\n"
        "Various matters related to development projects in the province came under discussion.\n\n"
        "The chief minister stated that the road plan was ready.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect",
         "During the meeting, Chief Minister Arman Tolvi briefed Prime Minister Karel Ostrin on projects in the districts."),
        ("Arman Tolvi", "indirect", "Arman Tolvi told the prime minister that the government is committed to industry."),
        ("Arman Tolvi", "indirect", "The chief minister stated that the road plan was ready."),
    ])


def test_a_topic_still_under_discussion_carries_the_report_on():
    # guard: "the plan under discussion would help" is no whole sentence of the meeting's topic
    body = (
        "Chief Minister Arman Tolvi said the roads were the first need of the district.\n\n"
        "The plan under discussion would help the farmers, he said.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect", "Chief Minister Arman Tolvi said the roads were the first need of the district."),
        ("Arman Tolvi", "indirect", "The plan under discussion would help the farmers, he said."),
    ])


def test_where_he_spoke_told_by_a_handout_is_narrative():
    body = (
        _OPENING
        + "He was speaking at a virtual meeting with the team of the bank headed by its Vice-President, Karel "
        "Ostrin, said a handout.\n\n"
        "The chief minister stated that the road plan was ready.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect",
         "VELMAR: Chief Minister Arman Tolvi on Saturday said the bank was a reliable partner of the province."),
        ("Arman Tolvi", "indirect", "The chief minister stated that the road plan was ready."),
    ])


def test_a_speech_verb_before_said_a_handout_still_speaks():
    # guard: the subject's own verb before ", said a handout" is still his statement
    body = (
        "Minister Arman Tolvi stressed the need for new roads, said a handout issued here.\n\n"
        "He said that the plan was ready, said a handout.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect", "Minister Arman Tolvi stressed the need for new roads, said a handout issued here."),
        ("Arman Tolvi", "indirect", "He said that the plan was ready, said a handout."),
    ])


def test_a_dateline_with_the_day_before_the_month_in_capitals():
    body = (
        "VELMAR, 18 MAY (DNA) – The outgoing Ambassador of Ostria Dr. Karel Ostrin on Wednesday called on the Chief "
        "Minister of Velmar Arman Tolvi at CM Secretariat and discussed the matters of mutual interest.\n\n"
        "The Chief Minister Arman Tolvi lauded the keen interest of the ambassador and said that the government "
        "would help.\n"
    )
    assert_statements(body, [
        ("Karel Ostrin", "indirect",
         "The outgoing Ambassador of Ostria Dr. Karel Ostrin on Wednesday called on the Chief Minister of Velmar "
         "Arman Tolvi at CM Secretariat and discussed the matters of mutual interest."),
        ("Arman Tolvi", "indirect",
         "The Chief Minister Arman Tolvi lauded the keen interest of the ambassador and said that the government "
         "would help."),
    ])


def test_showed_his_special_interest_in_is_voiced():
    body = (
        "Ambassador Karel Ostrin called on Chief Minister Arman Tolvi. He also showed his special interest in "
        "enhancing mutual relationships with the government of Velmar.\n"
    )
    assert_statements(body, [
        ("Karel Ostrin", "indirect",
         "He also showed his special interest in enhancing mutual relationships with the government of Velmar."),
    ])


def test_showed_his_results_is_no_interest_voiced():
    # guard: "showed his" with no interest after it is no feeling voiced
    body = "Ambassador Karel Ostrin called on Chief Minister Arman Tolvi. He also showed his photographs of Velmar.\n"
    assert_statements(body, [])


def test_a_speech_verb_in_an_opening_a_day_after_clause_is_no_statement():
    body = (
        "A day after Chief Minister Arman Tolvi announced his willingness to talk to Ostria himself, he sat with the "
        "consul general of Ostria in the capital.\n\n"
        "In his meeting with Karel Ostrin, the chief minister expressed his desire for peace.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect", "In his meeting with Karel Ostrin, the chief minister expressed his desire for peace."),
    ])


def test_a_day_after_clause_with_a_two_word_province_before_the_office():
    body = (
        "A day after Upper Velmar Chief Minister Arman Tolvi announced his willingness to talk to Ostria himself about "
        "the security situation in the province, he sat with the consul general of Ostria in the provincial capital.\n\n"
        "In his meeting with Karel Ostrin, the chief minister expressed his desire for peace.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect", "In his meeting with Karel Ostrin, the chief minister expressed his desire for peace."),
    ])


def test_a_day_after_clause_then_the_speakers_own_verb_is_his():
    # guard: the main clause's speech verb still makes the sentence his
    body = (
        "A day after Chief Minister Arman Tolvi announced his willingness to talk to Ostria, he said that the "
        "border must reopen.\n"
    )
    assert_statements(body, [
        ("Arman Tolvi", "indirect",
         "A day after Chief Minister Arman Tolvi announced his willingness to talk to Ostria, he said that the "
         "border must reopen."),
    ])
