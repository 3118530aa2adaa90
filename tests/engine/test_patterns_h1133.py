"""Helper h1133 (eighthundredsixtyfourth, the Chief Minister of the Australian Capital Territory and those who speak at
the office's meetings): (1) a relative clause on "who" set off by commas between a person and a present form
("The Mayor, who visited the capital last week, says the new deal will …") leaves the present form the person's
verb, as "The Mayor says …" is; (2) a country's or a known city's possessive before a surname ("…, with Oslo’s Varn
joking that “…”"), the wires' shorthand for a leader, is that person, as "the host’s Varn" is. Invented readouts and
people; the places are ones the word lists know, as rule (2) asks."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Harbour City Mayor Elsa Moravec is proposing a formal sister city relationship with the capital."
_WHO_SAYS = ("The Mayor, who visited the capital last week, says the new deal will bring the two capitals closer "
             "together.")


def test_a_who_clause_between_the_office_and_says_leaves_says_the_verb():
    """Before, ", says the new deal …" after the relative clause was read as no one's (a tag with no person)."""
    assert_statements("\n\n".join([_OPENING, _WHO_SAYS]), [
        ("Elsa Moravec", "indirect", _OPENING),
        ("Elsa Moravec", "indirect", _WHO_SAYS),
    ])


def test_a_who_clause_after_a_surname_too():
    """The same after the surname itself."""
    said = "Moravec, who toured the port on Monday, says the two cities have a lot in common."
    assert_statements("\n\n".join([_OPENING, said]), [
        ("Elsa Moravec", "indirect", _OPENING),
        ("Elsa Moravec", "indirect", said),
    ])


def test_a_who_clause_after_a_group_stays_no_ones():
    """The guard: the relative clause after a group ("The visitors, who toured the port, …") gives the sentence to
    no one, and a list with no person before it stays a list."""
    visitors = "The visitors, who toured the port, says the report of the council."
    roads = "The roads, which were built last year, bridges and schools are new."
    assert_statements("\n\n".join([_OPENING, visitors, roads]), [
        ("Elsa Moravec", "indirect", _OPENING),
    ])


_NARA = "Mayor Teo Kashiro of Nara Vale travelled to the capital to mark the anniversary, with Chief Minister Ivo Varn."


def test_a_citys_possessive_before_a_surname_is_the_person():
    """Before, "Oslo’s Varn" was read as one thing, and the quotation after "joking that" went to the Mayor."""
    joking = ("The relationship brings together one of the youngest cities with one of the oldest, with Oslo’s Varn "
              "joking that “for a city a little over 100 years old, 25 years seems like a very long time.”")
    assert_statements("\n\n".join([_NARA, joking]), [
        ("Ivo Varn", "indirect", "Oslo’s Varn joking that “for a city a little over 100 years old, 25 years seems "
                                 "like a very long time.”"),
    ])


def test_a_countrys_possessive_before_a_surname_is_the_person():
    """The same with a country's possessive and "said that"."""
    said = "Norway's Varn said that the festival is one of the city's most popular events."
    assert_statements("\n\n".join([_NARA, said]), [
        ("Ivo Varn", "indirect", said),
    ])


def test_a_places_possessive_before_a_body_stays_a_thing():
    """The guard: a known place's possessive before a body ("Oslo’s Parliament said …") is no person, and an unknown
    capitalised possessor ("Kashiro’s Office said …") leaves the phrase as it was."""
    parliament = "Oslo’s Parliament said that the festival is one of the city's most popular events."
    office = "Kashiro’s Office said that the festival would go ahead."
    assert_statements("\n\n".join([_NARA, parliament, office]), [])
