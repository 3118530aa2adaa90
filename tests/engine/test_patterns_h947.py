"""Helper h947 (hard74, speech by a person who is not the sentence's subject): the one heard from, after "heard
from" / "learned from" and before a "that" clause ("The President heard from the Mayor of Brackmoor, Ms. X, that …"),
is the speaker (reported_speech `_heard_from`, beside `SPEECH_FROM`'s "assurances from X")."""

from .test_patterns import assert_statements

OPENING = "The President of Quessany, Mr. Tarvik Ondelmere, on Monday met the mayors of the northern districts in Brackmoor."


def test_heard_from_a_person_that_is_the_one_heard():
    assert_statements(
        OPENING + "\n\n"
        "The President heard from the Mayor of Brackmoor, Ms. Idonea Falkrest, that the old bridge would have to be "
        "closed. He also learned from the Mayor of Welsby, Mr. Anso Pirrick, that the school roof had fallen in.",
        [("Idonea Falkrest", "indirect", "The President heard from the Mayor of Brackmoor, Ms. Idonea Falkrest, that the "
          "old bridge would have to be closed."),
         ("Anso Pirrick", "indirect", "He also learned from the Mayor of Welsby, Mr. Anso Pirrick, that the school roof "
          "had fallen in.")])


def test_heard_first_from_an_office_cut_short_at_a_plural_possessive():
    assert_statements(
        OPENING + "\n\n"
        "The President heard first from the chairwoman of the Mayors' Council, Ms. Idonea Falkrest, who said that the "
        "districts needed new roads.",
        [("Idonea Falkrest", "indirect", "The President heard first from the chairwoman of the Mayors' Council, Ms. "
          "Idonea Falkrest, who said that the districts needed new roads.")])


def test_heard_from_a_group_or_with_no_that_clause_is_no_ones():
    """A group heard from, or a person heard from with no "that" clause: no statement."""
    assert_statements(
        OPENING + "\n\n"
        "The President heard from representatives of the farmers' unions, who asked that the roads be mended. "
        "He later heard from Ms. Idonea Falkrest about the harvest. The President said that the roads would be mended.",
        [("Tarvik Ondelmere", "indirect", "The President said that the roads would be mended.")])


def test_his_response_was_that_is_his():
    """"His response was that …", "His message to the Minister was that …": the pronoun's noun of speech before "was
    that", as "The visitor's reply was that …" (reported_speech `_POSSESSED_BY_PRONOUN`)."""
    assert_statements(
        OPENING + "\n\n"
        "The Mayor of Welsby, Mr. Anso Pirrick, was the next to speak. His message to the President was that the "
        "school had to be rebuilt. Mr. Pirrick was then asked about the harvest. His response was that it had been "
        "poor.",
        [("Anso Pirrick", "indirect", "His message to the President was that the school had to be rebuilt."),
         ("Anso Pirrick", "indirect", "His response was that it had been poor.")])


def test_his_message_read_out_or_adopted_is_no_statement():
    assert_statements(
        OPENING + "\n\n"
        "The President visited the new school. His message was read out in the district council. His proposal was "
        "adopted. His visit was that of a friend.",
        [])


def test_who_in_turn_after_the_object_is_the_objects_clause():
    """"The President thanked Mr. X, who in turn pledged that …": X answers in his own clause, split at the comma
    (speech_subjects `_WHO_IN_TURN`)."""
    assert_statements(
        OPENING + "\n\n"
        "The President thanked Mr. Anso Pirrick, who in turn pledged that the school would reopen in May.",
        [("Tarvik Ondelmere", "indirect", "The President thanked Mr. Anso Pirrick,"),
         ("Anso Pirrick", "indirect", "who in turn pledged that the school would reopen in May.")])


def test_who_without_in_turn_after_the_object_stays_the_subjects():
    """Guard: with no "in turn" the sentence stays as it was read (the subject's, whole)."""
    assert_statements(
        OPENING + "\n\n"
        "The President thanked Mr. Anso Pirrick, who pledged that the school would reopen in May.",
        [("Tarvik Ondelmere", "indirect", "The President thanked Mr. Anso Pirrick, who pledged that the school would "
          "reopen in May.")])


SPEAKER_OPENING = "The Speaker of the Assembly, Ms. Ragna Tollefsby, on Thursday opened the conference of the regions."


def test_a_message_read_by_another_is_its_owners():
    """"The Governor's message, read by his deputy, Ms. Y, said that …": the Governor's, not the reader's
    (speech_subjects `_READ_BY_ASIDE`, the owner by `_owner_of_writing`)."""
    assert_statements(
        SPEAKER_OPENING + "\n\n"
        "The Governor of the Northern Province, Mr. Evard Coltby, could not attend. The Governor's message, read by his "
        "deputy, Ms. Tessa Bramholt, said that the province would host the next conference.",
        [("Evard Coltby", "indirect", "The Governor's message, read by his deputy, Ms. Tessa Bramholt, said that the "
          "province would host the next conference.")])


def test_the_deputy_who_speaks_herself_is_hers():
    """Guard: the deputy set off after her office with no writing before her speaks for herself."""
    assert_statements(
        SPEAKER_OPENING + "\n\n"
        "The Governor of the Northern Province, Mr. Evard Coltby, could not attend. His deputy, Ms. Tessa Bramholt, said "
        "that the province would host the next conference.",
        [("Tessa Bramholt", "indirect", "His deputy, Ms. Tessa Bramholt, said that the province would host the next "
          "conference.")])


def test_a_message_of_greetings_read_out_is_no_statement():
    """"A message of greetings from X was read out … by Y": a text carried, nothing of it given (reported_speech
    `_WRITING_OF`, `_BORNE_BY` in `_came_from`)."""
    assert_statements(
        SPEAKER_OPENING + "\n\n"
        "A message of greetings from the Prime Minister, Mr. Hugo Ferlake, was read out at the opening by the Secretary "
        "General.",
        [])


def test_greetings_from_a_person_stay_his():
    """Guard: the greetings themselves, no writing named, are still his (`SPEECH_FROM`)."""
    assert_statements(
        SPEAKER_OPENING + "\n\n"
        "Warm greetings from the Prime Minister, Mr. Hugo Ferlake, were conveyed to the Speaker.",
        [("Hugo Ferlake", "indirect", "Warm greetings from the Prime Minister, Mr. Hugo Ferlake, were conveyed to the "
          "Speaker.")])
