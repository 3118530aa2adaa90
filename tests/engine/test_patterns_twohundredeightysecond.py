"""Rules from the two-hundred-eighty-second held-out set (President Obama's White House readouts of 2009-2012):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_reinforced_to_a_listener_that_is_a_statement():
    """"In addition, the Vice President reinforced to President Yanukovych that the process of constitutional reform
    emerging from the October 1st  Constitutional Court decision should include checks and balances …"
    (twohundredeightysecond, the Vice President's call of 2010-10-14): the person told, then "that" and what he
    was told, however long the clause's subject. Before, only "reinforced that" with a finite verb within five
    words was a cue, and the sentence got nothing."""
    sentence = ("In addition, the Vice President reinforced to President Marek Olvan that the process of electoral "
                "reform begun after the March ruling of the high court should include an independent commission.")
    assert_statements("Vice President Tom Harlow spoke with President Marek Olvan of Dorvia today. " + sentence,
                      [("Tom Harlow", "indirect", sentence)])


def test_reinforced_to_a_listener_reaches_counterpart_and_pronoun():
    """The listener may be a pronoun or "his counterpart" ("reinforced to him that …")."""
    sentence = ("The Minister reinforced to his counterpart that the long-delayed renewal of the fisheries "
                "accord between the two coasts remained a priority.")
    assert_statements("Minister Ana Sorel met Minister Piet Vanden of Tesland in Orvik. " + sentence,
                      [("Ana Sorel", "indirect", sentence)])


def test_reinforced_to_a_degree_that_is_no_statement():
    """"reinforced to such a degree that …", "reinforced to the point that …": a consequence, no listener."""
    assert_statements("Minister Ana Sorel visited the port of Orvik. The sea wall was reinforced to such a degree "
                      "that the harbour stayed open all winter. The dykes were reinforced to the point that the "
                      "old town was safe.", [])


def test_ordinal_before_a_full_stop_ends_the_sentence():
    """"Vice President Biden spoke with President Viktor Yanukovych of Ukraine today in advance of Ukraine’s local
    elections on October 31st.  The Vice President thanked President Yanukovych for …" (twohundredeightysecond,
    2010-10-14): "31st." ends the narrative sentence; "st" was read as the abbreviation "St." and the narrative
    sentence was joined to the statement after it."""
    first = "Vice President Tom Harlow spoke with President Marek Olvan of Dorvia today ahead of the vote on May 21st."
    sentence = "The Vice President thanked President Olvan for his support for the customs reform."
    assert_statements(first + "  " + sentence, [("Tom Harlow", "indirect", sentence)])


def test_saint_after_a_number_word_stays_an_abbreviation():
    """"St." after a space ("the 3 St. Anne Street offices", "St. Petersburg") is still the abbreviation:
    only letters glued to digits are an ordinal."""
    sentence = ("The Vice President thanked President Marek Olvan for hosting the talks at No. 3 St. Anne Street "
                "in Dorvia.")
    assert_statements("Vice President Tom Harlow met President Marek Olvan in Dorvia. " + sentence,
                      [("Tom Harlow", "indirect", sentence)])
