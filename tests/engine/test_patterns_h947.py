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
