"""Statements found by helper h788's set fivehundredninetyfirst (Spain's Ministry of Foreign Affairs, European Union and
Cooperation, its English news on exteriores.gob.es):
- "According to the head of <demonym> diplomacy, <clause>": the source read to "diplomacy", the whole sentence the
  foreign minister's (before, the office stopped at the demonym and the clause after the comma was cut off or given to
  a name inside it);
- "X took part in the meeting that began … and addressed …": the second verb of a relative clause on a meeting is the
  meeting's, no statement of X's.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_according_to_the_head_of_a_countrys_diplomacy_keeps_the_whole_sentence():
    """Before, only "According to the head of Ruritanian diplomacy" was the minister's, the rest no one's."""
    assert_statements((
        "Minister Karel Dovan met his counterpart in Ostrava.\n\n"
        "According to the head of Ruritanian diplomacy, this gathering in Brussels confirmed the unity of the Alliance."
    ), [
        ("Karel Dovan", "indirect",
         "According to the head of Ruritanian diplomacy, this gathering in Brussels confirmed the unity of the Alliance."),
    ])


def test_according_to_the_head_of_diplomacy_names_no_speaker_inside_the_clause():
    """Before, "this gathering of NATO Ministers … has confirmed …" was given to "Nato Ministers"."""
    assert_statements((
        "Minister Karel Dovan met his counterpart in Ostrava.\n\n"
        "According to the head of Ruritanian diplomacy, this gathering of NATO Ministers for Foreign Affairs in "
        "Ostrava has confirmed the unity of the Alliance."
    ), [
        ("Karel Dovan", "indirect",
         ("According to the head of Ruritanian diplomacy, this gathering of NATO Ministers for Foreign Affairs in "
          "Ostrava has confirmed the unity of the Alliance.")),
    ])


def test_second_verb_of_a_relative_clause_on_a_meeting_is_no_statement():
    """Before, "addressed" after "the meeting that began … and" was Karel Dovan's statement."""
    assert_statements((
        "Karel Dovan took part in the ministerial meeting that began preparations for the upcoming Ostrava Summit "
        "and addressed the situation in the Western Balkans."
    ), [])


def test_a_persons_second_verb_after_a_relative_clause_on_people_stays_theirs():
    """Guard: "visited the families who lost … and expressed his condolences" is still the visitor's statement."""
    assert_statements((
        "Karel Dovan visited the families who lost relatives and expressed his condolences."
    ), [
        ("Karel Dovan", "indirect",
         "Karel Dovan visited the families who lost relatives and expressed his condolences."),
    ])


def test_a_persons_own_second_verb_after_the_meeting_stays_theirs():
    """Guard: "took part in the meeting and addressed …" with no relative clause is the subject's."""
    assert_statements((
        "Karel Dovan took part in the meeting and addressed the situation in the Western Balkans."
    ), [
        ("Karel Dovan", "indirect",
         "Karel Dovan took part in the meeting and addressed the situation in the Western Balkans."),
    ])
