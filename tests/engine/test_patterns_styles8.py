"""Patterns found by the eighth styles set (benchmarks/styles8/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_kings_name_as_his_sons_fathers_name_is_not_the_king():
    """"His Majesty King Faisal III … attended by His Royal Highness Crown Prince Hamza bin Faisal, His Majesty
    stressed …" (styles8 hashira_royal_court): "bin Faisal" names the son's father; the son is not the King."""
    body = ("King receives Prime Minister\n\nHis Majesty King Faisal III received Prime Minister of Valdmark Anders "
            "Lykke at Al Husseiniya Palace on Monday.\n\nDuring the meeting, attended by His Royal Highness Crown "
            "Prince Hamza bin Faisal, His Majesty stressed the importance of peace.\n\nLater, His Royal Highness "
            "Crown Prince Hamza bin Faisal met with the delegation and underlined the youth's role.")
    assert_statements(body, [
        ("Faisal III", "indirect", "During the meeting, attended by His Royal Highness Crown Prince Hamza bin Faisal, "
                                   "His Majesty stressed the importance of peace."),
        ("Hamza bin Faisal", "indirect", "Later, His Royal Highness Crown Prince Hamza bin Faisal met with the "
                                         "delegation and underlined the youth's role."),
    ])


def test_one_man_named_with_his_fathers_name_again_is_still_one_man():
    """Guard: "Sheikh Tamim bin Hamad … Sheikh Tamim bin Hamad stressed …": his own given name is shared."""
    body = ("Emir receives minister\n\nSheikh Tamim bin Hamad received Foreign Minister Lena Holt.\n\n"
            "Sheikh Tamim bin Hamad stressed the importance of dialogue.\n\nSheikh Tamim also thanked her for the visit.")
    assert_statements(body, [
        ("Tamim bin Hamad", "indirect", "Sheikh Tamim bin Hamad stressed the importance of dialogue."),
        ("Tamim bin Hamad", "indirect", "Sheikh Tamim also thanked her for the visit."),
    ])


def test_the_head_of_the_executive_is_the_president_of_the_government():
    """"The President of the Government, Álvaro Sandoval, has received the Prime Minister of Norrvik … The head
    of the Executive has explained …" (styles8 castara_moncloa): a head of government styled a president."""
    body = ("Sandoval receives Vallebø\n\nThe President of the Government, Álvaro Sandoval, has received the Prime "
            "Minister of Norrvik, Ingrid Vallebø, at the Palacio de la Moncloa.\n\nThe head of the Executive has "
            "explained to his counterpart the plan.\n\nThe President has added that the two Governments will "
            "coordinate.")
    assert_statements(body, [
        ("Álvaro Sandoval", "indirect", "The head of the Executive has explained to his counterpart the plan."),
        ("Álvaro Sandoval", "indirect", "The President has added that the two Governments will coordinate."),
    ])


def test_the_head_of_the_government_is_still_a_prime_minister_without_such_a_president():
    """Guard: with no President of the Government named, "the head of the Executive" is the Prime Minister."""
    body = ("Talks in Norrvik\n\nForeign Minister Marco Tellez met the Prime Minister of Norrvik, Ingrid Vallebø.\n\n"
            "The head of the Executive explained her plan.")
    assert_statements(body, [
        ("Ingrid Vallebø", "indirect", "The head of the Executive explained her plan."),
    ])


def test_a_guest_welcomed_with_military_honours_is_a_ceremony():
    """"Prior to the meeting, Sandoval welcomed Vallebø with military honours in the courtyard …" (styles8
    castara_moncloa): how the guest was received, as "welcomed X at the airport"; no one's words."""
    body = ("Sandoval receives Vallebø\n\nThe President of the Government, Álvaro Sandoval, has received the Prime "
            "Minister of Norrvik, Ingrid Vallebø.\n\nPrior to the meeting, Sandoval welcomed Vallebø with military "
            "honours in the courtyard.\n\nSandoval welcomed the agreement on green hydrogen.")
    assert_statements(body, [
        ("Álvaro Sandoval", "indirect", "Sandoval welcomed the agreement on green hydrogen."),
    ])


def test_the_results_of_a_tour_presented_are_a_report():
    """"The Minister, for her part, presented the results of her recent tour of several African capitals"
    (styles8 numidora_carthage): what came of her work, reported, as "briefed him on the results"."""
    body = ("President receives Minister\n\nPresident of the Republic Kamel Ben Salem received Minister of Foreign "
            "Affairs Rania Jaziri.\n\nThe Minister, for her part, presented the results of her recent tour.\n\n"
            "The President presented the state awards to the officers.")
    assert_statements(body, [
        ("Rania Jaziri", "indirect", "The Minister, for her part, presented the results of her recent tour."),
    ])


_LAI = ("President Lai meets delegation\n\nOn May 21, President Lai Chen-wei met with a delegation led by Senator "
        "Patrick O'Donnell. In remarks, President Lai thanked the Senate for its support. ")


def test_unquoted_remarks_after_remarks_follow_are_the_speakers():
    """"In remarks, President Lai thanked …. A translation of President Lai's remarks follows:" and three paragraphs
    of his words with no quote marks (styles8 formenia_presidential_office): each paragraph his, to the one that
    tells of someone speaking in the third person."""
    body = (_LAI + "A translation of President Lai's remarks follows:\n\nI would like to extend a warm welcome to "
            "our friends.\n\nFormenia will continue to strengthen its defense.\n\nSenator O'Donnell then delivered "
            "remarks, stating that the Senate had passed a resolution.\n\nThe delegation also included Senator "
            "Moira Fenwick.")
    assert_statements(body, [
        ("Lai Chen-wei", "indirect", "In remarks, President Lai thanked the Senate for its support."),
        ("Lai Chen-wei", "direct", "I would like to extend a warm welcome to our friends."),
        ("Lai Chen-wei", "direct", "Formenia will continue to strengthen its defense."),
        ("Patrick O'Donnell", "indirect", "Senator O'Donnell then delivered remarks, stating that the Senate had "
                                          "passed a resolution."),
    ])


def test_remarks_follow_stop_at_the_readouts_voice():
    """Guard: after "President Lai's remarks follow:" and his paragraph, "President Lai also presented the senator
    with a medal." tells of him in the third person: the readout's voice again, no one's."""
    body = (_LAI + "President Lai's remarks follow:\n\nI would like to extend a warm welcome to our friends.\n\n"
            "President Lai also presented the senator with a medal.")
    assert_statements(body, [
        ("Lai Chen-wei", "indirect", "In remarks, President Lai thanked the Senate for its support."),
        ("Lai Chen-wei", "direct", "I would like to extend a warm welcome to our friends."),
    ])


def test_a_portfolio_list_that_ends_the_sentence_names_the_minister():
    """"President … received, on Tuesday afternoon at Carthage Palace, Minister of Foreign Affairs, Migration and
    Numidoran Expatriates Rania Jaziri." (styles8 numidora_carthage): the list's end and her name, though the
    sentence's full stop ends the run; so "The Minister, for her part, …" is hers."""
    body = ("President receives Minister\n\nPresident of the Republic Kamel Ben Salem received Minister of Foreign "
            "Affairs, Migration and Numidoran Expatriates Rania Jaziri.\n\nThe Minister, for her part, briefed him "
            "on her tour.")
    assert_statements(body, [
        ("Rania Jaziri", "indirect", "The Minister, for her part, briefed him on her tour."),
    ])


def test_a_list_of_topics_that_ends_the_sentence_names_no_one():
    """Guard: a list after a comma that ends the sentence with capitalised words but follows no "Minister of …"
    ("… in trade, energy and the Trans-Sahel Gas Corridor.") is no minister's name."""
    body = ("President receives Minister\n\nPresident of the Republic Kamel Ben Salem received Minister of Foreign "
            "Affairs Rania Jaziri.\n\nHe stressed cooperation in trade, energy and the Trans-Sahel Gas Corridor.")
    assert_statements(body, [
        ("Kamel Ben Salem", "indirect", "He stressed cooperation in trade, energy and the Trans-Sahel Gas Corridor."),
    ])
