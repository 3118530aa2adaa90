"""Readings of known errors of the heldout sets (stop 44, helper h599).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

AWARD = "Chairman of the Velmar Foundation Arne Falk presented the award to the people of Norland.\n\n"


def test_words_quoted_by_name_are_the_quoted_persons():
    """"Frederick Ryan quoted famous words by President Reagan: “Above all, …”" (hundred-ninety-seventh 73409): the
    quotation is the words of the one who said them first, as "quoted Y as saying" makes them; the words that lead
    it in belong to no statement."""
    quoted = "Above all, no arsenal in the world is so formidable as the will of free men and women."
    for lead in ("Arne Falk quoted famous words by President Tom Reed:", "Arne Falk quoted the words of Tom Reed:"):
        assert_statements(AWARD + f"{lead} “{quoted}”\n", [("Tom Reed", "direct", quoted)])


def test_quoting_with_no_one_named_leaves_the_quotation_with_its_quoter():
    """The guard: the words of a song or a text name no person after "words of", so the quotation stays where it
    was before the rule (the quoting speaker's), and no one new is found."""
    words = "Our land is free and our people are proud."
    assert_statements(AWARD + f"Arne Falk quoted the words of the national anthem: “{words}”\n",
                      [("Arne Falk", "direct", words)])
