"""Rules from the thousand-fourteenth held-out set (Zambia's Central Province Minister and Permanent Secretary and those
at their meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_capitalised_courtesy_call_is_a_noun():
    """"Speaking … when the Inspector General of Police Y paid a Courtesy call on him, Mr. X said …" (zambianobserver
    2023-08-31): "a Courtesy call" is the noun, as "a courtesy call" is, no subject "Courtesy" and its verb "call on";
    the sentence is X's whole. Before, X's statement began at "Mr. X said"."""
    text = ("Speaking in Tamvar this afternoon when the Police Commissioner Ovar Delk paid a Courtesy call on him, "
            "Mr. Kestin Malowa said the rumours of the missing minerals were untrue.")
    assert_statements(text, [
        ("Kestin Malowa", "indirect", text),
    ])


def test_two_capitalised_words_before_the_call():
    """Two capitalised words between the article and the noun ("a Special Courtesy call")."""
    text = ("Speaking when the Orsel Ambassador paid a Special Courtesy call on her, Provincial Minister Ama Selwyn "
            "said the province welcomed investors.")
    assert_statements(text, [
        ("Ama Selwyn", "indirect", text),
    ])


def test_a_modal_after_a_capitalised_word_keeps_the_verb():
    """The guard: "a Senator must call on …": the modal makes "call" a verb (a capitalised word no matter), so the
    sentence stays the named senator's, whole."""
    first = "Senator Ivo Marsk said a Senator must call on the Government to act on the floods."
    assert_statements(first, [
        ("Ivo Marsk", "indirect", first),
    ])
