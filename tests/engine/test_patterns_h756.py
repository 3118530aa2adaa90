"""Statements found by helper h756's mends of the forty-ninth stop's real sets: an undotted "HE" (His Excellency)
before a name ("The President of the Republic of X, HE Y Z W, today received …"; fivehundredfiftyseventh), and a lone
particle that is a surname written first ("Le Yucheng, …" then "…, Le added."; fivehundredfiftythird).

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_undotted_he_before_a_name_is_his_excellency():
    """"The Minister of Trade of Norland, HE Talvo Brenn Asko, today received …": "HE" before two words written as a
    name's is His Excellency, the name is the office's holder, and "the Minister" later is he; before, "HE" read as the
    pronoun and the Minister was never named, so his statements had no speaker."""
    assert_statements((
        "The Minister of Trade of Norland, HE Talvo Brenn Asko, today received the Ambassador of Sudria, Amb. Mira "
        "Quell, at his office.\n\n"
        "First, the Minister of Trade of Norland, briefed the Ambassador on the reforms that have taken place since "
        "2010. The Minister welcomed the Ambassador to a country that is open for business.\n\n"
        "For her part, the Ambassador thanked the Minister for the warm welcome."
    ), [
        ("Talvo Brenn Asko", "indirect", "First, the Minister of Trade of Norland, briefed the Ambassador on the "
                                         "reforms that have taken place since 2010."),
        ("Talvo Brenn Asko", "indirect", "The Minister welcomed the Ambassador to a country that is open for "
                                         "business."),
        ("Mira Quell", "indirect", "For her part, the Ambassador thanked the Minister for the warm welcome."),
    ])



def test_a_lone_particle_is_the_surname_written_first():
    """"Le Minghua, Corvia’s Vice Minister of Trade, …" then "…, Le added.": "Le" alone is the surname of the one person
    whose two-word name opens with it (a surname written first, which the name's core drops as a particle); before,
    the lone "Le" matched no one and the sentence had no speaker."""
    assert_statements((
        "The Director-General met with Le Minghua, Corvia’s Vice Minister of Trade, on Friday.\n\n"
        "As a large country, Corvia is willing to work closely with the organization, Le added."
    ), [
        ("Le Minghua", "indirect", "As a large country, Corvia is willing to work closely with the organization, Le "
                                   "added."),
    ])


def test_a_surname_opening_with_a_particle_still_matches_the_full_name():
    """Guard: "Odile Le Brasq" then "Le Brasq said …": the surname with its particle is still she (the particle dropped
    from both), no one else."""
    assert_statements((
        "The Minister met Odile Le Brasq, the Mayor of Corvain, on Monday.\n\n"
        "Le Brasq said that the port would reopen in May."
    ), [
        ("Odile Le Brasq", "indirect", "Le Brasq said that the port would reopen in May."),
    ])
