"""Rules from the nine-hundred-nineteenth held-out set (the Governor of Plateau State, Nigeria, and those at his
meetings, 2019-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_name_of_a_place_and_a_second_office_with_its_body_speaks():
    """"Gov. Simon Lalong of Plateau State and Chairman, Northern States Governors Forum, said …" (Leadership
    2021-09-27): "and" then a capitalised office with no article and no name, its body set off by commas: the man's
    second title, the name before "and" speaks, and "He" after him. Before, a pair, no one's."""
    first = ("Gov. Dara Venn of Ostra State and Chairman, Southern States Governors Forum, said the governors would "
             "look at the new tax.")
    second = "He said the Forum would also protect the interest of the region."
    assert_statements(first + " " + second, [
        ("Dara Venn", "indirect", first),
        ("Dara Venn", "indirect", second),
    ])


def test_a_name_and_another_officer_stay_a_pair():
    """The guards: "Gov. X of Ostra State and Chairman Y, Body, said" (a name after the office) and "… and the
    Chairman, Body, said" (an article) are two people: no statement."""
    body = ("Gov. Dara Venn of Ostra State and Chairman Ade Moro, Southern States Governors Forum, said the governors "
            "would look at the new tax. Gov. Dara Venn of Ostra State and the Chairman, Southern States Governors "
            "Forum, said the governors would meet again.")
    assert_statements(body, [])


def test_office_name_then_a_while_clause_left_open_speaks():
    """"The Commissioner of Police in Plateau, X, while addressing newsmen after the meeting said that …" (News Diary
    2023-05-30): the while clause's opening comma only, its closing one left out; the name set off after the office
    speaks, as with no comma before "while". Before, no one's."""
    body = ("The Commissioner of Police in Ostra, Tomas Arvel, while addressing newsmen after the meeting said that "
            "the meeting was to map out solutions to the crisis.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", body),
    ])


def test_a_while_clause_after_an_object_stays_the_subjects():
    """The guard: "X met the Commissioner of Police, Y, while visiting the city and said that …": the name after the
    office is the object of "met"; the verb is X's, as before."""
    body = ("Dara Venn met the Commissioner of Police, Tomas Arvel, while visiting the city and said that the meeting "
            "was useful.")
    assert_statements(body, [
        ("Dara Venn", "indirect", body),
    ])


def test_a_verb_inside_a_while_clause_left_open_is_not_the_subjects():
    """The guard: a relative clause's verb inside the open while clause ("X, while receiving the envoy who stressed
    the ties laid a wreath …") and an infinitive in it ("…, while informing them about the steps taken to address the
    crisis, received …") are no verbs of the subject: no statement."""
    body = ("The Commissioner of Police in Ostra, Tomas Arvel, while receiving the envoy who stressed the ties laid a "
            "wreath at the monument. The Commissioner of Police in Ostra, Tomas Arvel, while informing the envoys about "
            "the steps taken to address the crisis, received updates from them.")
    assert_statements(body, [])


def test_a_statement_by_his_spokesman_is_the_subjects():
    """"The Governor in a statement by his Director of Press and Public Affairs, Gyang Bere said …" (Vanguard
    2023-08-29): a statement by his spokesman, a bare "by" and the holder's closing comma left out, read as "issued
    by": the governor's words, not the spokesman's. Before, the spokesman's."""
    lead = "Governor Dara Venn of Ostra State met the Zarnian envoy in Velm."
    body = ("The Governor in a statement by his Director of Press and Public Affairs, Ade Moro said the aid would "
            "help the state.")
    assert_statements(lead + " " + body, [
        ("Dara Venn", "indirect", body),
    ])


def test_the_spokesman_who_speaks_for_himself_is_his():
    """The guard: the spokesman as the subject ("The Director of Press, Ade Moro, in a statement said …") speaks."""
    lead = "Governor Dara Venn of Ostra State met the Zarnian envoy in Velm."
    body = "The Director of Press, Ade Moro, in a statement said the aid would help the state."
    assert_statements(lead + " " + body, [
        ("Ade Moro", "indirect", body),
    ])


def test_this_was_made_known_by_is_narrative():
    """"The United Kingdom, UK is keen on supporting …. This was made known by the UK High Commissioner …, X, during a
    visit to …" (AIT): who made it known and where, as "This was disclosed by X": narrative, X noted as the subject a
    later sentence's "the High Commissioner" means. Before, X's statement."""
    body = ("Zarnia is keen on supporting peace in Ostra. This was made known by the Zarnian Ambassador, Oran Besk, "
            "during a visit to Governor Dara Venn in Velm. Offering condolences for the attacks, the Ambassador "
            "pledged support for the schools.")
    assert_statements(body, [
        ("Oran Besk", "indirect", "Offering condolences for the attacks, the Ambassador pledged support for the "
         "schools."),
    ])


def test_it_was_made_known_by_that_still_speaks():
    """The guard: "It was made known by X that …" carries X's clause: his statement, as before."""
    body = ("Governor Dara Venn of Ostra State met the Zarnian Ambassador in Velm. It was made known by the "
            "Zarnian Ambassador, Oran Besk, that the republic would fund the schools.")
    assert_statements(body, [
        ("Oran Besk", "indirect", "It was made known by the Zarnian Ambassador, Oran Besk, that the republic would "
         "fund the schools."),
    ])
