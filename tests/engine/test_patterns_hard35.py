"""Readings of the thirty-fifth hard set (benchmarks/hard35): invented readouts in the shapes of a presidential press
service of 2000–2005, a Belarus-presidency-like office, a Ukrainian-President-like office and White-House-like readouts.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, attributed, clause, run


def test_the_text_of_the_message_introduces_an_unquoted_message():
    """"The text of the message says, among other things:" then the message in plain prose (hard35 vesmar condolences
    on the mine): the text named by the message it is the text of leads in as "The message says:" does; the lead-in
    is no statement, the message is the sender's words."""
    body = (
        "Tomas Verel sent a message of condolences to President of Ostmark Lida Karn following the fire at the port.\n\n"
        "The text of the message says, among other things:\n\n"
        "The news of the fire in the port has caused deep pain in our country. Please convey words of sympathy to the "
        "families of those who died."
    )
    assert_statements(body, [
        ("Tomas Verel", "indirect", "Tomas Verel sent a message of condolences to President of Ostmark Lida Karn "
                                    "following the fire at the port."),
        ("Tomas Verel", "direct", "The news of the fire in the port has caused deep pain in our country. Please convey "
                                  "words of sympathy to the families of those who died."),
    ], title="Condolences to President of Ostmark Lida Karn")


def test_the_text_of_a_report_after_a_colon_stays_narrative():
    """Guard: "The text of the agreement says:" is no written message of a person: its words stay no one's."""
    body = (
        "Tomas Verel and Lida Karn signed an agreement on the port.\n\n"
        "The text of the agreement says:\n\n"
        "The parties shall open the port to each other's vessels from the first of May."
    )
    assert_statements(body, [], title="Agreement on the port")


def test_termed_a_demand_groundless_is_a_view_stated():
    """"The President termed the demand of the Halvan Government for a new transit fee groundless." (hard35 vesmar
    president answers journalists on gas): a thing named, then a verdict word on it, as "called … unjustified"."""
    body = (
        "President Tomas Verel visited the Ardo gas field.\n\n"
        "The President termed the demand of the Ostmark Government for a higher transit fee groundless."
    )
    assert_statements(body, [
        ("Tomas Verel", "indirect", "The President termed the demand of the Ostmark Government for a higher transit "
                                    "fee groundless."),
    ], title="President Verel visited the Ardo gas field")


def test_termed_with_no_verdict_word_stays_narrative():
    """Guard: "termed the new road the Northern Link" names a thing, no verdict, no quotation: no statement."""
    body = (
        "President Tomas Verel visited the Ardo gas field.\n\n"
        "The President termed the new road to the field the Northern Link."
    )
    assert_statements(body, [], title="President Verel visited the Ardo gas field")


def test_an_instruction_item_opening_with_its_addressee_goes_on_the_list():
    """"– to the heads of regional military administrations, to report weekly …" (hard35 corvald energy meeting
    instructions): the group after "to" is the order's addressee, not the item's subject; the item is the President's
    like the ones before it."""
    body = (
        "President of Ostmark Lida Karn held a meeting on the heating season.\n\n"
        "Following the meeting, the President gave a number of instructions:\n\n"
        "– to the Ministry of Energy, to repair the boiler houses before 1 November;\n\n"
        "– to the heads of regional administrations, to report weekly on the state of the heating networks."
    )
    assert_statements(body, [
        ("Lida Karn", "indirect", "Following the meeting, the President gave a number of instructions:"),
        ("Lida Karn", "indirect", "– to the Ministry of Energy, to repair the boiler houses before 1 November;"),
        ("Lida Karn", "indirect", "– to the heads of regional administrations, to report weekly on the state of the "
                                  "heating networks."),
    ], title="The President held a meeting on the heating season")


def test_a_group_item_with_no_addressee_ends_the_list():
    """Guard: "The heads of regional administrations then reported …" after the items opens with its own group
    subject, no "to" and addressee: the list is over, no one's statement."""
    body = (
        "President of Ostmark Lida Karn held a meeting on the heating season.\n\n"
        "Following the meeting, the President gave a number of instructions:\n\n"
        "– to the Ministry of Energy, to repair the boiler houses before 1 November;\n\n"
        "The heads of regional administrations then reported on the state of the heating networks."
    )
    assert_statements(body, [
        ("Lida Karn", "indirect", "Following the meeting, the President gave a number of instructions:"),
        ("Lida Karn", "indirect", "– to the Ministry of Energy, to repair the boiler houses before 1 November;"),
    ], title="The President held a meeting on the heating season")


def test_answered_questions_from_the_participants_is_only_the_occasion():
    """"After his speech, the Head of State answered questions from the participants." (hard35 corvald president youth
    forum): the audience of an event asks, no topic named, no words of his, as "answered questions from the public"."""
    body = (
        "President of Ostmark Lida Karn took part in the National Youth Forum in Vessa.\n\n"
        "Lida Karn announced that the Government would submit a bill on housing for young families.\n\n"
        "After her speech, the Head of State answered questions from the participants."
    )
    assert_statements(body, [
        ("Lida Karn", "indirect", "Lida Karn announced that the Government would submit a bill on housing for young "
                                  "families."),
    ], title="Lida Karn at the Youth Forum")


def test_answered_questions_from_the_participants_on_a_topic_is_a_statement():
    """Guard: "answered questions from the participants on housing for young families" names its topic: a statement."""
    body = (
        "President of Ostmark Lida Karn took part in the National Youth Forum in Vessa.\n\n"
        "After her speech, the Head of State answered questions from the participants on housing for young families."
    )
    assert_statements(body, [
        ("Lida Karn", "indirect", "After her speech, the Head of State answered questions from the participants on "
                                  "housing for young families."),
    ], title="Lida Karn at the Youth Forum")



_HOSPITAL = (
    "President of Ostmark Lida Karn visited the regional hospital in Vessa, which has resumed work after restoration.\n\n"
    "Every ward we rebuild is an answer to those who wanted our cities to be empty. Children must be treated at home, "
    "by their own doctors, Lida Karn noted as she talked with the medical staff of the hospital.\n\n"
    "{middle}\n\n"
    "The Head of State thanked the doctors and nurses who had continued to treat patients throughout the shelling."
)
_THANKED = "The Head of State thanked the doctors and nurses who had continued to treat patients throughout the shelling."


def _hers(middle: str) -> list[str]:
    """The words of every statement given to Lida Karn (the unquoted words' kind and split are not at issue here)."""
    result = run(_HOSPITAL.format(middle=middle), title="Lida Karn visited the regional hospital in Vessa")
    return [words for speaker, _, words in attributed(result, {"Lida Karn"}) if speaker == "Lida Karn"]


def test_a_dated_past_passive_between_two_of_her_paragraphs_is_background():
    """"The hospital's main building was damaged by a missile strike in March last year." (hard35 corvald president
    visits the hospital) between two of the President's paragraphs: what was done to a thing at a dated past time,
    the release's background, not her words carried on (`_lies_between`)."""
    hers = _hers("The hospital's main building was damaged by a missile strike in March last year. "
                 "Its restoration was financed by the Government of Ostmark and took eleven months.")
    assert clause(_THANKED) in hers
    assert not any("missile strike" in w or "restoration was financed" in w for w in hers), hers


def test_an_undated_claim_between_two_of_her_paragraphs_still_carries_on():
    """Guard: "The country needs its doctors more than ever before." between the same two paragraphs has no dated
    past passive: it is still her words carried on (`_lies_between`)."""
    hers = _hers("The country needs its doctors more than ever before.")
    assert clause("The country needs its doctors more than ever before.") in hers
    assert clause(_THANKED) in hers


def test_unquoted_words_then_made_these_remarks_in_the_next_paragraph():
    """"We are not going to raise the price of gas … ." / "Anton Lisenko made these remarks as he answered journalists'
    questions …" (hard35 vesmar president answers journalists on gas): a paragraph of first-person words with no
    speaker, then one that opens with a person having made "these remarks" (only where and when): the words are his."""
    body = (
        "We will not close the border crossings before the holidays. Our neighbours can count on that.\n\n"
        "Tomas Verel made these remarks as he answered journalists' questions at the end of his visit to Vessa.\n\n"
        "Earlier that day, Tomas Verel had toured the new customs terminal."
    )
    assert_statements(body, [
        ("Tomas Verel", "direct", "We will not close the border crossings before the holidays. Our neighbours can count "
                                  "on that."),
    ], title="Tomas Verel answered questions from journalists")


def test_third_person_background_before_made_these_remarks_stays_narrative():
    """Guard: a paragraph with no first-person words before "X made these remarks …" is the release's own account."""
    body = (
        "The customs terminal in Vessa handles four hundred lorries a day. It was opened in 2019.\n\n"
        "Tomas Verel made these remarks as he answered journalists' questions at the end of his visit to Vessa."
    )
    assert_statements(body, [], title="Tomas Verel answered questions from journalists")
