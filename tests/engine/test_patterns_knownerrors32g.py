"""Rules for errors the merged held-out sets left alone (two-hundred-eighty-first, two-hundred-ninety-second,
two-hundred-ninety-third, two-hundred-eighty-seventh): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_these_include_lists_what_the_speaker_spoke_of():
    """Two-hundred-eighty-first 73617: "“We are stepping up our efforts to free captured civilians,” she said. These
    include the release of Dniprorudne Mayor Yevhen Matvieyev, Melitopol District Council Chairman Serhiy Pryyma, …",
    then her next statement: the people the list names are its items, the sentence carries her words on. Before,
    the names in it kept it from carrying on."""
    body = ("Minister Ana Kessel spoke about the corridors. \"We are working to free captured civilians,\" she said. "
            "These include the release of Mayor Jon Bark of Ostran and Council Chairman Lem Varko. "
            "Minister Ana Kessel informed that a bureau was set up on May 3. \"It will help families,\" said the Minister.")
    assert_statements(body, [
        ("Ana Kessel", "indirect", "Minister Ana Kessel spoke about the corridors."),
        ("Ana Kessel", "direct", "We are working to free captured civilians,"),
        ("Ana Kessel", "indirect", "These include the release of Mayor Jon Bark of Ostran and Council Chairman Lem Varko."),
        ("Ana Kessel", "indirect", "Minister Ana Kessel informed that a bureau was set up on May 3."),
        ("Ana Kessel", "direct", "It will help families,"),
    ])


def test_a_named_person_acting_between_statements_is_still_narrative():
    """Guard: a sentence between two statements of one person whose subject is another person named ("Mayor Jon
    Bark was released on Monday.") is still not carried on: only the list opened by "These include" is."""
    body = ("Minister Ana Kessel spoke about the corridors. \"We are working to free captured civilians,\" she said. "
            "Mayor Jon Bark of Ostran greeted the volunteers on Monday. "
            "Minister Ana Kessel informed that a bureau was set up on May 3. \"It will help families,\" said the Minister.")
    assert_statements(body, [
        ("Ana Kessel", "indirect", "Minister Ana Kessel spoke about the corridors."),
        ("Ana Kessel", "direct", "We are working to free captured civilians,"),
        ("Ana Kessel", "indirect", "Minister Ana Kessel informed that a bureau was set up on May 3."),
        ("Ana Kessel", "direct", "It will help families,"),
    ])


def test_estimated_a_figure_at_is_a_statement():
    """Two-hundred-eighty-first 74357: "Ustenko estimated the budget deficit at about $8 billion a month.": a figure
    stated, as "put … at"; before, "estimated" spoke only before "that"."""
    body = ("Adviser Lem Varko gave an interview to the Ostran Times. "
            "Varko estimated the budget deficit at about $5 billion a month.")
    assert_statements(body, [
        ("Lem Varko", "indirect", "Varko estimated the budget deficit at about $5 billion a month."),
    ])


def test_an_estimated_number_is_no_statement():
    """Guard: the adjective ("an estimated 5 million people") and an agentless passive ("The damage was estimated at
    $3 billion.") state nothing of anyone's."""
    body = ("Adviser Lem Varko visited Ostran. An estimated 5 million people have left the region. "
            "The damage was estimated at $3 billion.")
    assert_statements(body, [])
