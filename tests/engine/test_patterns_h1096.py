"""KE64's mend (helper h1096): a colonel named by his rank alone after his name was given with it ("… met with
Colonel X, one of the rebel leaders … The Colonel apologized to the President …", eighthundredsixth
somalidispatch), as "the General" and "the Admiral" already were; and, so that a rank still tells two people of one
surname apart ("General Anders Voss … Colonel Hedda Voss … Colonel Voss said …", hard29), an office or rank before a
surname two bear is the one's who holds it, not a new person of that surname.

Each test is a small invented readout (invented people and places) and the statements GOLD-FORMAT.md asks
for; the rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING = "Governor Ivo Danel today met with Colonel Arvo Kessel, one of the rebel leaders, in Rivna.\n\n"


def test_the_colonel_is_the_colonel_named_before():
    """"The Colonel" after "Colonel Arvo Kessel": his statement, as "the General" after "General X"."""
    said = "The Colonel apologized to the Governor about the differences they had."
    assert_statements(MEETING + said + "\n", [("Arvo Kessel", "indirect", said)])


def test_the_colonel_with_a_speech_verb_and_its_clause():
    said = "The Colonel said that the road to Rivna would be reopened on Monday."
    assert_statements(MEETING + said + "\n", [("Arvo Kessel", "indirect", said)])


def test_the_colonel_is_shown_by_his_name_as_a_general_is():
    """"Colonel Kessel said …": his, shown by his name without the rank (before the rule "Colonel Arvo Kessel",
    where "General Arvo Kessel" was already shown as "Arvo Kessel")."""
    said = "Colonel Kessel said that the road to Rivna would be reopened on Monday."
    assert_statements(MEETING + said + "\n", [("Arvo Kessel", "indirect", said)])


def test_a_rank_before_a_shared_surname_is_its_holders():
    """Two of one surname, a general and a colonel: "Colonel Voss" is the colonel, "General Voss" the general (before
    the rule "Colonel Voss" became a person of her own, "Voss", neither of them)."""
    body = ("The meeting was held with the Chief of the General Staff, General Anders Vosk. Taking part was the head "
            "of the Fuel Directorate, Colonel Hedda Vosk.\n\n")
    colonel = "Colonel Vosk said that the Army had sufficient diesel for the winter."
    general = "General Vosk said that the train would run from Monday."
    assert_statements(body + colonel + "\n\n" + general + "\n",
                      [("Hedda Vosk", "indirect", colonel), ("Anders Vosk", "indirect", general)])


def test_an_office_before_a_shared_surname_is_its_holders():
    """The same for two offices: "Admiral Vosk" after "General Anders Vosk" and "Admiral Hedda Vosk"."""
    body = "The meeting was held with General Anders Vosk and Admiral Hedda Vosk.\n\n"
    admiral = "Admiral Vosk said that the fleet had sufficient fuel for the winter."
    assert_statements(body + admiral + "\n", [("Hedda Vosk", "indirect", admiral)])


def test_guard_a_colonel_never_named_is_no_one():
    """Guard: no colonel named anywhere, "The Colonel said …" is given to no one (no person is made of the rank,
    and the Governor, who only met, is not its holder)."""
    body = "Governor Ivo Danel today visited Rivna.\n\nThe Colonel said that the road would be reopened on Monday.\n"
    assert_statements(body, [])


def test_guard_a_general_stays_as_before():
    """Guard: the rank the lexicon already held reads as it did ("The General said …" after "General X")."""
    body = "Governor Ivo Danel today met with General Mira Tollan in Rivna.\n\n"
    said = "The General said that the road to Rivna would be reopened on Monday."
    assert_statements(body + said + "\n", [("Mira Tollan", "indirect", said)])


def test_guard_an_office_no_namesake_holds_is_still_a_new_person():
    """Guard: "Speaker Tollan" after "Minister Mira Tollan" (an office she does not hold, and no other Tollan holds):
    not hers, as before the rule (the role clash still makes a new person)."""
    body = "Minister Mira Tollan met the delegation in Rivna.\n\n"
    said = "Speaker Tollan said that the parliament would vote in May."
    result = assert_statements(body + said + "\n", [("Tollan", "indirect", said)])
    assert all(s.speaker != "Mira Tollan" for s in result.statements)
