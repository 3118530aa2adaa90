"""Readings of real Kremlin text of stop 31: a message handed over "for" someone ("conveyed a reply
message for X.") is a courier's delivery, as "conveyed the message to X." is, not speech.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask met former Prime Minister Ilan Dorr"


def test_a_reply_message_conveyed_for_someone_is_a_delivery():
    """"Vladimir Putin conveyed a reply message for Junichiro Koizumi." (two-hundred-forty-sixth 28856): a message
    handed over for its addressee, nothing of the courier's own said, as "conveyed the message to X." is."""
    body = (
        "Oren Vask thanked Ilan Dorr for his help in keeping up contacts between the two governments. "
        "Oren Vask conveyed a reply message for Tomas Lerin."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask thanked Ilan Dorr for his help in keeping up contacts between the two governments."),
    ], title=TITLE)


def test_a_message_of_support_conveyed_is_still_speech():
    """Guard: "conveyed a message of support to …" and "conveyed a message to X that …" say something of the
    speaker's own and stay statements."""
    body = (
        "Oren Vask conveyed a message of support to the people of Kastravia. "
        "Ilan Dorr conveyed a message to Tomas Lerin that the talks would go on."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask conveyed a message of support to the people of Kastravia."),
        ("Ilan Dorr", "indirect", "Ilan Dorr conveyed a message to Tomas Lerin that the talks would go on."),
    ], title=TITLE)


def test_the_problems_singled_out_are_listed_in_the_next_paragraph():
    """"During the meeting the head of state singled out the more acute problems in the region." / "They include an
    unfavourable economic situation. Many industrial enterprises are inefficient, …" (two-hundred-forty-sixth 28876):
    the paragraph after one that ends with the points a person singled out lists those points, his report carried
    over, as after "briefed" or "described"."""
    body = (
        "Oren Vask chaired a meeting of the Security Council.\n\n"
        "During the meeting Mr Vask singled out the most acute problems in the district.\n\n"
        "They include a weak economy. Many factories are inefficient, and most towns still rely on subsidies."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "During the meeting Mr Vask singled out the most acute problems in the district."),
        ("Oren Vask", "indirect", "They include a weak economy."),
        ("Oren Vask", "indirect", "Many factories are inefficient, and most towns still rely on subsidies."),
    ], title=TITLE)


def test_what_the_meeting_did_after_the_points_singled_out_stays_narrative():
    """Guard: a paragraph that tells what the meeting did ("The meeting devoted particular attention to …",
    28876's last paragraph) after the points singled out is the readout's own."""
    body = (
        "During the meeting Mr Vask singled out the most acute problems in the district.\n\n"
        "The meeting devoted particular attention to the security of strategic facilities."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "During the meeting Mr Vask singled out the most acute problems in the district."),
    ], title=TITLE)


def test_reported_the_fulfilment_of_decrees_is_a_report():
    """"The head of the Customs Committee also reported the fulfilment of the Government’s decrees on the regulation of
    agricultural imports. The introduction of quotas has already cut the import of meat." (two-hundred-forty-sixth
    28865): "reported the fulfilment / implementation of …" tells what was done, a report as "reported the progress
    of …" is, and the facts after it carry it on."""
    body = (
        "Ilan Dorr briefed Oren Vask on the harvest. "
        "Mr Dorr also reported the fulfilment of the Government's decrees on grain imports. "
        "The introduction of quotas has already cut the import of grain."
    )
    assert_statements(body, [
        ("Ilan Dorr", "indirect", "Ilan Dorr briefed Oren Vask on the harvest."),
        ("Ilan Dorr", "indirect", "Mr Dorr also reported the fulfilment of the Government's decrees on grain imports."),
        ("Ilan Dorr", "indirect", "The introduction of quotas has already cut the import of grain."),
    ], title=TITLE)


def test_reported_a_theft_is_not_speech():
    """Guard: "reported" before another noun ("reported the theft of his car to the police") tells an act, not a
    report to the meeting."""
    body = "Ilan Dorr reported the theft of his car to the police."
    assert_statements(body, [], title=TITLE)


def test_according_to_the_reporters_own_committee_carries_his_report_on():
    """"Mikhail Vanin briefed Vladimir Putin on measures to protect Russian timber processing enterprises. According to
    the State Customs Committee, the main principle … is …" (two-hundred-forty-sixth 28865, Vanin its chairman; 28851
    "According to the Ministry, …" after the Minister of Economic Development's report): the figures of the body the
    reporter heads are his report carried on, not another source's account."""
    body = (
        "Oren Vask held a working meeting with Ilan Dorr, Chairman of the State Grain Committee.\n\n"
        "Ilan Dorr briefed Oren Vask on measures to protect grain farmers. "
        "According to the State Grain Committee, the main principle is that raw grain is taxed more heavily. "
        "The quotas will be in force for three years."
    )
    assert_statements(body, [
        ("Ilan Dorr", "indirect", "Ilan Dorr briefed Oren Vask on measures to protect grain farmers."),
        ("Ilan Dorr", "indirect", "According to the State Grain Committee, the main principle is that raw grain is taxed "
                                  "more heavily."),
        ("Ilan Dorr", "indirect", "The quotas will be in force for three years."),
    ], title=TITLE)


def test_according_to_another_committee_ends_the_report():
    """Guard: a body the reporter does not head ("According to the State Statistics Committee, …" after the grain
    committee chairman's report) is another source; the report ends there."""
    body = (
        "Oren Vask held a working meeting with Ilan Dorr, Chairman of the State Grain Committee.\n\n"
        "Ilan Dorr briefed Oren Vask on measures to protect grain farmers. "
        "According to the State Statistics Committee, grain prices rose by 3% in May."
    )
    assert_statements(body, [
        ("Ilan Dorr", "indirect", "Ilan Dorr briefed Oren Vask on measures to protect grain farmers."),
    ], title=TITLE)
