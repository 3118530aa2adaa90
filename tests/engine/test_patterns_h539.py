"""Readings of a known error of a labelled held-out set (stop 39): a "where" clause of speech inside the phrase that
opens a sentence before its subject ("As follow-up to the Vice President’s engagements at the Summit of the Americas
…, where she announced that the Call to Action has galvanized …, Dr. Gordon and PCA leadership explored ways …",
four-hundred-fifth 2022-08-05 partnership for central america) is no statement of the main clause's subject: the
sentence tells of that subject's act, the report only a relative clause of its opening phrase.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

HOSTED = "Deputy Envoy Dr. Orrin Valt hosted a meeting today with Velmar Forum leaders Tessa Quill and Bram Odo."
ANNOUNCED = ("where she announced that the initiative has raised more than $2 billion in new investments for the "
             "coastal provinces")


def test_a_where_clause_of_speech_in_the_opening_phrase_is_no_statement_of_the_subject():
    """"As follow-up to the Chancellor’s visit …, where she announced that …, Dr. Valt and Forum leadership explored
    ways …": the main clause is the pair's act with no speech verb; the announcement is a relative clause of the
    opening phrase (four-hundred-fifth 2022-08-05): nothing to attribute."""
    fronted = (f"As follow-up to the Chancellor’s visit to the Harbor Summit in Port Edra, {ANNOUNCED}, Dr. Valt and "
               "Forum leadership explored ways to widen the partnership.")
    body = f"{HOSTED} {fronted} They also discussed next steps for the region.\n"
    assert_statements(body, [])


def test_a_where_clause_after_the_subject_stays_the_subjects_statement():
    """The guard of the same rule: the subject opens the sentence ("Dr. Valt spoke at the Harbor Summit …, where he
    announced that …"): the where clause is his, the sentence his statement, as before."""
    spoke = f"Dr. Valt spoke at the Harbor Summit in Port Edra, {ANNOUNCED.replace('she', 'he')}."
    body = f"{HOSTED} {spoke}\n"
    assert_statements(body, [("Orrin Valt", "indirect", spoke)])


def test_a_main_clause_with_its_own_speech_verb_is_still_reported():
    """The guard of the same rule: the main clause after the opening phrase has a cue of its own ("…, Dr. Valt
    stressed that …"): his statement stands, the opening phrase with it (as "In his remarks at the conference, Finer
    emphasized …": a fronted phrase is the sentence's), as before."""
    fronted = (f"As follow-up to the Chancellor’s visit to the Harbor Summit in Port Edra, {ANNOUNCED}, Dr. Valt "
               "stressed that the partnership must reach the inland towns.")
    body = f"{HOSTED} {fronted}\n"
    assert_statements(body, [("Orrin Valt", "indirect", fronted)])
