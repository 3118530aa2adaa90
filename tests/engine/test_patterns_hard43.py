"""Constructions the forty-third hard set (benchmarks/hard43: documents, bodies and anonymous sources that "say"
things beside people who speak) showed the engine missing or misreading.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

LEAD = "President Mirela Tarvos of Ostravia spoke today with Prime Minister Kolm Eidar of Vendrel.\n\n"


def test_a_time_adverbial_before_the_that_keeps_a_later_subject_in_the_spokesmans_words():
    """"Spokesman X said after the call that the President was encouraged by the Prime Minister’s commitment …": the
    President and the Prime Minister are inside what the spokesman said, as with no "after the call"; before, "after"
    cut the sentence and the rest went to the Prime Minister."""
    body = LEAD + (
        "Presidential spokesman Ivo Randal said after the call that the President was encouraged by the Prime "
        "Minister\u2019s commitment to the new rail link."
    )
    assert_statements(body, [
        ("Ivo Randal", "indirect", "Presidential spokesman Ivo Randal said after the call that the President was "
         "encouraged by the Prime Minister\u2019s commitment to the new rail link."),
    ])


def test_a_second_speaker_after_after_still_speaks_for_himself():
    """Guard: "X said that …, after the Prime Minister noted that …": the later speaker's verb comes before any "that"
    after "after", a clause of its own; the sentence is still cut there."""
    body = LEAD + (
        "Ivo Randal said the talks were useful after the Prime Minister noted that the rail link was ready."
    )
    result = assert_statements(body, [
        ("Ivo Randal", "indirect", "Ivo Randal said the talks were useful"),
        ("Kolm Eidar", "indirect", "after the Prime Minister noted that the rail link was ready."),
    ])
    assert result is not None


def test_a_message_of_condolences_addressed_is_sent_and_its_text_is_the_senders():
    """"X addressed a message of condolences to Y …" is X's statement, as "sent a message of condolences"; "Its text
    says that …" right after it is the message's content, X's (heldout 17913's "The telegram notes that …")."""
    body = (
        "President Mirela Tarvos met with the Minister of Finance.\n\n"
        "Earlier in the day, Mirela Tarvos addressed a message of condolences to President of Vendrel Aron Kesk over "
        "the floods. Its text says that the people of Ostravia share the grief of the families."
    )
    assert_statements(body, [
        ("Mirela Tarvos", "indirect", "Earlier in the day, Mirela Tarvos addressed a message of condolences to "
         "President of Vendrel Aron Kesk over the floods."),
        ("Mirela Tarvos", "indirect", "Its text says that the people of Ostravia share the grief of the families."),
    ])


def test_a_message_addressed_to_someone_names_no_speech():
    """Guard: "X addressed a message to the nation" names nothing the message says: narrative."""
    body = "President Mirela Tarvos met with the Minister of Finance.\n\nMirela Tarvos addressed a message to the nation."
    assert_statements(body, [])


def test_a_message_read_out_is_its_senders_words():
    """"X read out a message from President Y: “…”": the quoted words are the message's, so Y's, not the reader's."""
    body = (
        "The President of Ostravia met with young people.\n\n"
        "At the start of the meeting, Mirela Tarvos read out a message from President of Vendrel Aron Kesk: "
        "\u201cDear friends, I am sure that your forum will become a good tradition.\u201d\n\n"
        "Mirela Tarvos then said that the forum should meet every year."
    )
    assert_statements(body, [
        ("Aron Kesk", "direct", "Dear friends, I am sure that your forum will become a good tradition."),
        ("Mirela Tarvos", "indirect", "Mirela Tarvos then said that the forum should meet every year."),
    ])


def test_a_message_from_a_group_read_out_stays_no_ones():
    """Guard: "X read out a message from the forum participants: “…”": no person closes the lead-in, so the rule names
    no sender; the group's words stay no one's, as before."""
    body = (
        "The President of Ostravia met with young people.\n\n"
        "Mirela Tarvos read out a message from the forum participants: \u201cWe are glad to be here.\u201d"
    )
    assert_statements(body, [])


def test_a_letter_a_body_sent_is_no_ones_words():
    """"The Council sent the Prime Minister an open letter. The text of the letter reads: “…”": the body's words, not
    the Prime Minister's (the one named last); before, the quotation went to him."""
    body = (
        "Prime Minister Kolm Eidar met with the Council of Veterans.\n\n"
        "On the eve of the meeting, the Council sent the Prime Minister an open letter. The text of the letter reads: "
        "\u201cWe ask the Government to raise the pensions.\u201d\n\n"
        "Kolm Eidar said that he had read the letter carefully."
    )
    assert_statements(body, [
        ("Kolm Eidar", "indirect", "Kolm Eidar said that he had read the letter carefully."),
    ])


def test_a_letter_a_person_sent_is_the_senders():
    """Guard: "The Prime Minister sent the Council an open letter. The text of the letter reads: “…”": his words."""
    body = (
        "Prime Minister Kolm Eidar met with the Council of Veterans.\n\n"
        "On the eve of the meeting, the Prime Minister sent the Council an open letter. The text of the letter reads: "
        "\u201cWe will raise the pensions.\u201d"
    )
    assert_statements(body, [("Kolm Eidar", "direct", "We will raise the pensions.")])
