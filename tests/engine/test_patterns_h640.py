"""Statements found by helper h640's set hard54 (who speaks when names, offices and voices overlap): a speaker first
named after a country's office in lower case with its remit ("Marrakand's special envoy for the Salt Lakes, X,"; "the
Minister's adviser on water, Y,"), whom a later "Marrakand's envoy" or "The Minister's adviser" means.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_a_possessive_office_with_its_remit_before_the_name():
    """"Quembria's special envoy for the Dune Wells, X," and "the Minister's adviser on fisheries, Y,": the office
    without its remit is what "Quembria's envoy", "The envoy" and "The Minister's adviser" mean later (before, the
    remit hid the office, and the three sentences had no speaker)."""
    assert_statements((
        "Ostrelia's Foreign Minister, Ravenna Solbrecht-Ay, received Quembria's special envoy for the Dune Wells, "
        "Tarquin Ombeleu, in Marsely on Tuesday. The envoy's deputy, Halvor Diestrand, and the Minister's adviser "
        "on fisheries, Ysolène Carrabuy, were also present.\n\n"
        "Quembria's envoy handed over a letter from his Prime Minister and said that Quembria wanted to reopen "
        "the wells.\n\n"
        "The Minister's adviser explained that the new pumps would halve the water drawn.\n\n"
        "The envoy replied that his Prime Minister would visit in spring."
    ), [
        ("Tarquin Ombeleu", "indirect", "Quembria's envoy handed over a letter from his Prime Minister and said that "
                                        "Quembria wanted to reopen the wells."),
        ("Ysolène Carrabuy", "indirect", "The Minister's adviser explained that the new pumps would halve the water "
                                         "drawn."),
        ("Tarquin Ombeleu", "indirect", "The envoy replied that his Prime Minister would visit in spring."),
    ])


def test_a_possessive_office_without_remit_still_read():
    """Guard: "Ostrelia's foreign minister, X," with no remit is read as before."""
    assert_statements((
        "Ostrelia's foreign minister, Ravenna Solbrecht-Ay, met the press in Marsely on Tuesday.\n\n"
        "Ostrelia's foreign minister said that the border would stay open."
    ), [
        ("Ravenna Solbrecht-Ay", "indirect", "Ostrelia's foreign minister said that the border would stay open."),
    ])


def test_an_emphatic_pronoun_between_a_name_and_its_verb():
    """"Ms. X herself said …" (after her spokesperson's account of her words): "herself" stands between the subject
    and its verb as "personally" does (before, the sentence had no speaker)."""
    assert_statements((
        "President of Quembria Lothar Abendroth received the Prime Minister of Ostrelia, Ravenna Solbrecht-Ay, on "
        "Tuesday.\n\n"
        "Ms. Solbrecht-Ay herself said at a press conference that the new bridge was a gift between neighbours."
    ), [
        ("Ravenna Solbrecht-Ay", "indirect", "Ms. Solbrecht-Ay herself said at a press conference that the new "
                                             "bridge was a gift between neighbours."),
    ])


def test_an_office_before_a_surname_two_namesakes_bear():
    """"Minister X … the Ambassador of Y, Tobias X": "Ambassador X" is the one of the two namesakes who holds the
    office (before, the first of that surname, the Minister)."""
    assert_statements((
        "Foreign Minister of Ostrelia Ravenna Halgrund received on Monday the Ambassador of Quembria, Tarquin "
        "Halgrund, who is no relation of hers.\n\n"
        "Minister Halgrund welcomed the Ambassador and said that the two namesakes would get on well.\n\n"
        "Ambassador Halgrund said that his country wanted more student exchanges."
    ), [
        ("Ravenna Halgrund", "indirect", "Minister Halgrund welcomed the Ambassador and said that the two namesakes "
                                         "would get on well."),
        ("Tarquin Halgrund", "indirect", "Ambassador Halgrund said that his country wanted more student exchanges."),
    ])


def test_an_office_before_a_surname_one_bearer_keeps_it():
    """Guard: one bearer of the surname, named later with a courtesy office he does not hold ("Ambassador X" for a
    former ambassador), is still that one."""
    assert_statements((
        "Foreign Minister of Ostrelia Ravenna Solbrecht-Ay received the Deputy Minister of Quembria, Tarquin "
        "Halgrund, on Monday.\n\n"
        "Ambassador Halgrund said that his country wanted more student exchanges."
    ), [
        ("Tarquin Halgrund", "indirect", "Ambassador Halgrund said that his country wanted more student exchanges."),
    ])


def test_a_speakers_opening_words_before_a_colon_and_a_quotation():
    """"The Chancellor's opening words were warm: “…”": the quotation is the Chancellor's, as after "X's message was
    clear:" (before, it went to the person named last, her guest's ambassador)."""
    assert_statements((
        "Prime Minister of Ostrelia Ravenna Solbrecht-Ay met the Chancellor of Quembria, Lothar Abendroth, on "
        "Tuesday. Ostrelia's Ambassador to Quembria, Tarquin Halgrund, took part in the talks.\n\n"
        "The Chancellor's opening words were warm: \"Ostrelia has never had a closer friend than Quembria.\""
    ), [
        ("Lothar Abendroth", "direct", "Ostrelia has never had a closer friend than Quembria."),
    ])


_GRAND_DUCAL = ("The Grand Duke of Ostmarch, Leopoldin, received the President of Quembria, Ravenna Solbrecht-Ay, at "
                "Falkenrode Castle on Monday. His son the Hereditary Grand Duke, Leopoldin Amaury, and the Marshal of "
                "the Court, Baron Tassilo Wendenhof, were present.\n\n")


def test_a_sovereign_named_by_one_word_in_commas_and_his_heir():
    """"The Grand Duke of X, Leopoldin," (one name, set off by commas after the office) is a person holding the
    office; "His son the Hereditary Grand Duke, Leopoldin Amaury," is another, the heir: "The Grand Duke" is the father,
    "The Hereditary Grand Duke" the son (before, the one-word name was no one, the son was merged with it, and "the
    Hereditary Grand Duke" was read as a grand duke of a country "Hereditary")."""
    assert_statements(_GRAND_DUCAL + (
        "The Grand Duke welcomed the President and recalled his first visit to Quembria.\n\n"
        "The Hereditary Grand Duke, who chairs the jubilee committee, said that the exhibition would open in May."
    ), [
        ("Leopoldin", "indirect", "The Grand Duke welcomed the President and recalled his first visit to Quembria."),
        ("Leopoldin Amaury", "indirect", "The Hereditary Grand Duke, who chairs the jubilee committee, said that the "
                                         "exhibition would open in May."),
    ])


def test_the_younger_of_a_father_and_son_of_one_name():
    """"“…,” the younger Leopoldin said": of the father and the son named after him, the son."""
    assert_statements(_GRAND_DUCAL + (
        "\"Art has come home,\" the younger Leopoldin said."
    ), [
        ("Leopoldin Amaury", "direct", "Art has come home,"),
    ])


def test_a_one_word_name_after_an_office_that_is_no_sovereigns():
    """Guard: one capitalised word in commas after an office that is no sovereign's ("The Minister of Trade, Tuesday,"
    is no name) makes no person."""
    result = attribute("The Minister of Trade of Quembria, Ravenna Solbrecht-Ay, met the press in Marsely. The "
                       "Director of the Port, Monday, was not mentioned again.")
    assert [s.name for s in result.speakers if s.name == "Monday"] == []
