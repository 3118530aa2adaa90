"""Readings of known errors of labelled held-out sets (stop 38): a sentence's opening "She" after a subject of no
known gender goes to the woman named just before, in that sentence or the one before ("Presidential Office
Spokesperson X said that President Tsai Ing-wen, upon receiving the news, was both shocked and deeply saddened. She
immediately asked …", three-hundred-nineteenth tw_president_news_4946_nice_attack_2016); a style the registry keeps as
a name's first word ("The Honourable Mélanie Joly") tells no gender, the first name after it does (three-hundred-seventh
canada_gac_2021-11-19_joly_truss).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TALKS = "She said that the talks on the river treaty had gone well."


def test_she_after_a_subject_of_no_known_gender_is_the_woman_named_just_before():
    """"President Lind met Ms Anne Holt in Varna. She said …": Lind's gender is unknown, Ms Holt's is known; the
    "She" that opens the next sentence is Ms Holt, not the last subject."""
    body = f"President Lind met Ms Anne Holt in Varna. {TALKS}\n"
    assert_statements(body, [("Anne Holt", "indirect", TALKS)])


def test_she_after_a_spokesperson_who_speaks_of_a_woman_is_that_woman():
    """"Spokesperson X said that President Y, upon receiving the news, was shocked. She immediately asked …"
    (three-hundred-nineteenth tw_president_news_4946_nice_attack_2016): the woman the spokesperson spoke of."""
    said = ("Presidential Office Spokesperson Oren Dask said that President Margaret Vell, upon receiving the news, "
            "was both shocked and deeply saddened.")
    asked = "She said that the government would send a team to the flooded towns."
    body = f"{said} {asked}\n"
    assert_statements(body, [("Oren Dask", "indirect", said), ("Margaret Vell", "indirect", asked)])


def test_he_after_a_subject_of_no_known_gender_stays_the_subject():
    """The guard of the same rule: "He" is not moved ("President Sarvo thanked Mr Karl Holt for his help. He
    described the damage …": a subject of no known gender is most often a man, and it is his sentence)."""
    thanked = "President Sarvo thanked Mr Karl Holt for the swift help."
    said = "He said that the floods had destroyed two bridges."
    body = f"{thanked} {said}\n"
    assert_statements(body, [("Sarvo", "indirect", thanked), ("Sarvo", "indirect", said)])


def test_she_keeps_the_subject_when_the_woman_was_named_in_another_paragraph():
    """The guard of the same rule: the woman named in the paragraph before is out of its reach; "She" stays the last
    subject, as before."""
    body = f"President Lind met Ms Anne Holt in Varna.\n\nPresident Lind said that trade had grown. {TALKS}\n"
    assert_statements(body, [("Lind", "indirect", "President Lind said that trade had grown."),
                             ("Lind", "indirect", TALKS)])


def test_a_style_before_a_name_tells_no_gender_the_first_name_does():
    """"The Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Elizabeth Truss … Finally, Minister
    Joly thanked Foreign Secretary Truss for … She affirmed that Canada will …" (three-hundred-seventh
    canada_gac_2021-11-19_joly_truss): the name read with its style, "Honourable Mélanie Joly", is a woman's by the
    first name after the style; "She" is she, not the Foreign Secretary she thanked."""
    thanked = "Finally, Minister Varga thanked Foreign Secretary Torne for Ostria's support of the declaration."
    affirmed = "She affirmed that Velmora will continue to press for an end to arbitrary detention."
    body = ("The Honourable Mélanie Varga, Minister of Foreign Affairs, today spoke with Elizabeth Torne, the Secretary "
            "of State for Foreign Affairs of Ostria.\n\nMinister Varga and Foreign Secretary Torne discussed the floods. "
            f"{thanked} {affirmed}\n")
    assert_statements(body, [("Minister Varga", "indirect", thanked), ("Minister Varga", "indirect", affirmed)])
