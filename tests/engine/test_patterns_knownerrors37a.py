"""Readings of known errors of the labelled sets of the corpus's own sources (stop 37): "… with American actor X and
producer Y … The actor said he was looking forward to …" (thirty-ninth ukraine_president 75161), a performer named
by his profession and then called by it; "A and B both <verb> …" inside a speaker's "that" clause (third kremlin
26871), a pair as the subject, no clause of its own; "President X favoured …" (two-hundred-fifty-eighth kremlin 28004,
three-hundred-thirty-fourth kremlin 28299), a position stated; "He also found the struggle against poverty crucially
important." (two-hundred-fifteenth kremlin 26869), a judgement; "X expressed such an opinion at a meeting with …"
(two-hundred-fifty-third kremlin 34289), only where a view told before was voiced.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

FILM_TITLE = "The Head of the Office spoke with a film actor"


def test_the_actor_is_the_named_actor():
    """"Andriy Yermak talked online with American actor Robert De Niro and producer Jane Rosenthal … The actor said
    he was looking forward to that opportunity." (thirty-ninth ukraine_president 75161): "the actor" is the person
    named as an actor, as "the rector" is the named rector."""
    body = (
        "Head of the Office Ivan Dorosh talked online with Velchian actor Marko Lenart and producer Ada Voss.\n\n"
        "Ivan Dorosh invited Marko Lenart to visit the country. The actor said he was looking forward to that "
        "opportunity."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Ivan Dorosh invited Marko Lenart to visit the country."),
        ("Marko Lenart", "indirect", "The actor said he was looking forward to that opportunity."),
    ], title=FILM_TITLE)


def test_an_actor_of_a_film_stays_narrative():
    """Guard: "the actors of the film said" is a group of unnamed actors, no statement."""
    body = (
        "Head of the Office Ivan Dorosh talked online with Velchian actor Marko Lenart and producer Ada Voss.\n\n"
        "Ivan Dorosh invited Marko Lenart to visit the country. The actors of the film said they were looking "
        "forward to that opportunity."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Ivan Dorosh invited Marko Lenart to visit the country."),
    ], title=FILM_TITLE)


UNION_TITLE = "The President met the Prime Minister of the Union State"


def test_favoured_is_a_position_stated():
    """"Speaking of the problems of a Union budget, President Putin favoured higher financial discipline."
    (two-hundred-fifty-eighth kremlin 28004; three-hundred-thirty-fourth kremlin 28299 "…, President Putin favoured
    intensification of the inspections …"): a position stated by one person, as "advocated"."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Speaking of the problems of a common budget, President Dorosh favoured higher financial discipline."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Speaking of the problems of a common budget, President Dorosh favoured higher "
                                    "financial discipline."),
    ], title=UNION_TITLE)


def test_a_system_that_favours_stays_narrative():
    """Guard: "The current system of subsidies favours large holdings" has no person and the present "favours"."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "The current system of subsidies favours large agricultural holdings."
    )
    assert_statements(body, [], title=UNION_TITLE)


def test_found_a_thing_important_is_a_judgement():
    """"He also found the struggle against poverty crucially important." (two-hundred-fifteenth kremlin 26869): a
    judgement of a named thing, as "found it surprising that …" and "considered it important"."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Ivan Dorosh said that terrorism had to be fought jointly. He also found the struggle against poverty "
        "crucially important."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Ivan Dorosh said that terrorism had to be fought jointly."),
        ("Ivan Dorosh", "indirect", "He also found the struggle against poverty crucially important."),
    ], title=UNION_TITLE)


def test_found_the_necessary_means_stays_narrative():
    """Guard: "He found the necessary funds in the reserve" is a thing found, no judgement (the adjective does not
    end the clause)."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Oleh Marko visited the new plant. He found the necessary funds in the reserve of the Ministry."
    )
    assert_statements(body, [], title=UNION_TITLE)


def test_a_pair_counted_by_both_inside_a_that_clause_cuts_nothing():
    """"James Baker … quoted an American saying, “…,” to point out that the Bush father and son both favoured closer
    ties with Russia." (third kremlin 26871): "A and B both <verb>" inside the speaker's "that" clause is a pair as the
    subject; its "and" opens no clause, so the speaker's statement runs to the end."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Oleh Marko pointed out that the father and son both advocated closer ties with Velchia."
    )
    assert_statements(body, [
        ("Oleh Marko", "indirect", "Oleh Marko pointed out that the father and son both advocated closer ties with "
                                   "Velchia."),
    ], title=UNION_TITLE)


def test_a_pair_counted_by_both_after_and_still_opens_its_clause():
    """Guard: "X thanked the hosts, and the two ministers both stressed …" has no "that" before the pair: the pair's
    clause is its own (a group's, no statement), X's ends before "and"."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Oleh Marko thanked the hosts, and the two ministers both stressed the need for peace."
    )
    assert_statements(body, [
        ("Oleh Marko", "indirect", "Oleh Marko thanked the hosts"),
    ], title=UNION_TITLE)


def test_expressed_such_an_opinion_at_a_meeting_says_only_where():
    """"Vladimir Putin expressed such an opinion at a meeting with the President of the World Bank, Paul Wolfowitz."
    (two-hundred-fifty-third kremlin 34289): the view was told before; the sentence says only where it was voiced,
    narrative, as "This was stated by X at …" (GOLD-FORMAT)."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Oleh Marko said that the talks were useful. He expressed this view at a meeting with students."
    )
    assert_statements(body, [
        ("Oleh Marko", "indirect", "Oleh Marko said that the talks were useful."),
    ], title=UNION_TITLE)


def test_expressed_this_opinion_with_its_words_after_a_colon_stays_a_statement():
    """Guard: "expressed this opinion at the press conference: the talks were useful." gives the view after the
    colon: a statement."""
    body = (
        "President Ivan Dorosh met Prime Minister Oleh Marko of Velchia.\n\n"
        "Oleh Marko expressed this opinion at the press conference: the talks were useful."
    )
    assert_statements(body, [
        ("Oleh Marko", "indirect", "Oleh Marko expressed this opinion at the press conference: the talks were useful."),
    ], title=UNION_TITLE)
