"""Rules from the eight-hundred-thirty-first held-out set (the Speaker of the Provincial Assembly of the Punjab, as
Pakistani papers print the Speaker's meetings): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_bare_speech_verb_after_a_name_behind_its_office_is_said():
    """"Head of the delegation, David McAllister appreciate the legislation …" (nation 2017-04-22): the paper's bare
    "appreciate" for "appreciated" after a name that opens the sentence behind its office set off by a comma is the
    report's verb, and "He also lauded …" after it stays with that person. Before, the sentence was no one's and the
    next went to the speaker before."""
    body = ("A delegation led by Mr Osk Varen called on Speaker Ivo Marr on Friday. "
            "Speaking on the occasion, Ivo Marr said that Tarnland was a friend of Varnia. "
            "Head of the delegation, Osk Varen appreciate the legislation done by the Assembly. "
            "He also lauded the efforts made by the government.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Speaking on the occasion, Ivo Marr said that Tarnland was a friend of Varnia."),
        ("Osk Varen", "indirect", "Head of the delegation, Osk Varen appreciate the legislation done by the Assembly."),
        ("Osk Varen", "indirect", "He also lauded the efforts made by the government."),
    ])


@pytest.mark.parametrize("verb", ["appreciate", "stress", "congratulate"])
def test_a_bare_speech_verb_after_an_opening_name_is_said(verb):
    """The same slip with the name opening the sentence and other verbs of the list."""
    body = f"Minister Lena Osk met the Tarn delegation. Lena Osk {verb} the work of the Assembly of Varnia."
    assert_statements(body, [
        ("Lena Osk", "indirect", f"Lena Osk {verb} the work of the Assembly of Varnia."),
    ])


@pytest.mark.parametrize("opening", ["Both sides stress", "We appreciate", "Ivo Marr and Lena Osk appreciate",
                                     "Delegates of Tarnland appreciate"])
def test_a_bare_verb_after_a_group_or_a_first_person_stays_no_ones(opening):
    """The guard: a bare verb after a group, a pair or "we" is the right form, no slip, and no one's report."""
    body = f"Minister Lena Osk met Speaker Ivo Marr. {opening} the work of the Assembly of Varnia."
    assert_statements(body, [])
