"""Rules from the two-hundred-sixty-fifth held-out set (president.gov.ua English news, February-May 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lost_opening_mark_before_he_added():
    """"…IT hub in Europe," he said. We are launching Diia City. This is one of the best tax and legal regimes …,"
    he added." (two-hundred-sixty-fifth 72753): the second quotation lost its opening mark; its first-person
    sentence starts it. Before, ', he added' was not read as an attribution and one sentence went as indirect."""
    body = ("President Dan Kessel spoke at the Tech Forum in Veltra. \"We are turning Ostria into a country of "
            "startups,\" he said. We are opening the Free Zone today. This is one of the best tax regimes in the "
            "region,\" he added.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "We are turning Ostria into a country of startups,"),
        ("Dan Kessel", "direct", "We are opening the Free Zone today. This is one of the best tax regimes in the "
                                 "region,"),
    ])


def test_a_lost_opening_mark_before_said_and_a_name():
    """The same with the verb first: "…," said Lena Kessel." (two-hundred-sixty-fifth 72737's form)."""
    body = ("First Lady Lena Kessel spoke at the summit. \"Public services in one click are a way to equal "
            "opportunities,\" she said. We want a state without barriers. It is our common goal,\" said Lena Kessel.")
    assert_statements(body, [
        ("Lena Kessel", "direct", "Public services in one click are a way to equal opportunities,"),
        ("Lena Kessel", "direct", "We want a state without barriers. It is our common goal,"),
    ])


def test_a_stray_mark_after_narrative_opens_nothing():
    """Guard: a stray closing mark with ', he added' after sentences in no one's first person (and a report
    between) takes no narrative into a quotation."""
    body = ("President Dan Kessel spoke at the Tech Forum in Veltra. \"We are turning Ostria into a country of "
            "startups,\" he said. The forum gathered 300 companies. The Free Zone regime will last 25 years,\" he "
            "added.")
    from .test_patterns import run
    direct = [s.text for s in run(body).statements if s.kind == "direct"]
    assert direct == ["We are turning Ostria into a country of startups,"] or \
        direct == ["We are turning Ostria into a country of startups"], direct


def test_the_subject_before_a_long_relative_clause():
    """"For his part, the President of the European Council who visited the Odesa seaport where the blocked ship with
    Ukrainian grain is located stressed that …" (two-hundred-sixty-fifth 74929): the relative clause, with no commas,
    ends in words no phrase is read from; the person it follows speaks. Before, the sentence went to the President
    who spoke before it (a carry-on)."""
    body = ("President of Ostria Dan Kessel held a video conference with President of the European Council Lem Varko "
            "who visited Portvale. \"We are grateful,\" Dan Kessel said. He stressed the importance of food. "
            "For his part, the President of the European Council who visited the seaport where the ship with grain "
            "is located stressed that wheat should be available to all.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "We are grateful,"),
        ("Dan Kessel", "indirect", "He stressed the importance of food."),
        ("Lem Varko", "indirect", "For his part, the President of the European Council who visited the seaport where "
                                  "the ship with grain is located stressed that wheat should be available to all."),
    ])


def test_a_group_before_a_relative_clause_is_no_one():
    """Guard: a group before "who" (the officials who …) gives the verb no person."""
    body = ("President of Ostria Dan Kessel met President of the European Council Lem Varko. "
            "\"We are grateful,\" Dan Kessel said. The officials who visited the seaport where the ship with grain is "
            "located stressed that wheat should be available to all.")
    from .test_patterns import run
    last = [s for s in run(body).statements if s.text.startswith("The officials")]
    assert all(s.speaker != "Lem Varko" for s in last), last


def test_an_object_before_who_and_its_own_verb_stays_narrative():
    """Guard: "X had a working meeting with Head of the Service Y who updated him on …" (seventy-seventh 67162) and
    "X telephoned Governor Y who briefed him on …" (sixty-ninth 29300): Y is an object and the verb the relative
    clause's own; the sentence stays narrative."""
    body = ("President Dan Kessel had a working meeting with Head of the Tax Service Lem Varko who updated him on the "
            "agency's work. \"How is the work going?\" Dan Kessel asked.")
    from .test_patterns import run
    first = [s for s in run(body).statements if s.text.startswith("President Dan Kessel had")]
    assert not first or all(s.speaker is None for s in first), first
