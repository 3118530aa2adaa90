"""Rules from the two-hundred-seventh held-out set (White House releases of September-December 2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_understood_that_is_one_persons_belief():
    """"He understood that our country must be stable and prosperous within its borders before extending
    commitments overseas." (twohundredseventh, the Presidential Message on Eisenhower's birthday): a belief of
    one person with its content, as "knew that". Before, "understood" was no cue and the sentence got nothing."""
    sentence = "He understood that Tesland must be strong at home before making promises abroad."
    assert_statements("President Anton Vesk led Tesland for eight years. " + sentence,
                      [("Anton Vesk", "indirect", sentence)])


def test_understood_that_with_no_person_for_subject_is_nobodys():
    """"It is understood that …", "it was understood that …": no person believes anything; and
    "the two ministers understood that …" is a group's."""
    assert_statements("President Anton Vesk visited Dorvik on Monday. It is understood that the harbour "
                      "will reopen in May. The two ministers understood that the talks would be long.", [])
