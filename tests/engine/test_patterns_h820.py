"""Statements found by helper h820's mends on the sixhundredfifteenth set (Lithuania's Seimas, the Office of the
Seimas' English press releases): a present form after a name, its office and an aside of for whom or where set off by
commas ("X, Speaker of …, on behalf of … and on her own behalf, offers condolences …") is the name's verb; a letter's
words tagged "‘…’, the letter by X reads." are X's; "X is saddened, however, by … and notes that …" is X's feeling
stated, as "is saddened by …" is.

Each test is a small invented readout (invented people and places); each fails without its rule.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_present_form_after_an_office_and_an_aside_of_behalf_is_the_names_verb():
    """"X, Speaker of the Parliament, on behalf of the Parliament and on her own behalf, offers …" (before, nothing: the present
    form after the aside's comma read as a noun of a list)."""
    sentence = ("Ida Morn, Speaker of the Kastravian Parliament, on behalf of the Parliament and on her own behalf, offers sincere "
                "condolences to the families of those who perished in the ferry disaster.")
    assert_statements("Condolences on the ferry disaster\n\n" + sentence, [("Ida Morn", "indirect", sentence)])


def test_a_present_form_after_an_office_and_an_aside_of_where_is_the_names_verb():
    """"X, Speaker of the Parliament, in a letter to …, says that …": the same with an aside of where."""
    sentence = ("Ida Morn, Speaker of the Kastravian Parliament, in a letter to the Speaker of the Velorian Parliament, says that "
                "Kastravia mourns with the people of Veloria.")
    assert_statements("Letter to the Velorian Parliament\n\n" + sentence, [("Ida Morn", "indirect", sentence)])


def test_a_letters_words_tagged_with_its_author_are_the_authors():
    """"‘…’, the congratulations letter by the Speaker of the Parliament reads." (before, nothing: "the Speaker … reads" is
    no speech verb's subject, and the tag named an author where "the letter reads" names none)."""
    opening = ("Ida Morn, Speaker of the Kastravian Parliament, offered her congratulations to Tom Vale, Speaker of the Velorian "
               "Parliament, on the national holiday of Veloria.")
    assert_statements((
        "Letter on the national holiday\n\n" + opening + "\n\n"
        "‘I extend my sincere congratulations and my wishes of harmonious work to the Parliament’, the congratulations "
        "letter by the Speaker of the Kastravian Parliament reads."
    ), [
        ("Ida Morn", "indirect", opening),
        ("Ida Morn", "direct", "I extend my sincere congratulations and my wishes of harmonious work to the Parliament"),
    ])


def test_a_letters_words_tagged_with_another_author_are_that_authors():
    """"‘…’, the letter by Tom Vale reads." after a sentence of Ida Morn's: Tom Vale's words, not the last speaker's."""
    opening = "Ida Morn, Speaker of the Kastravian Parliament, thanked Tom Vale for his letter of support."
    assert_statements((
        "Letters between the parliaments\n\n" + opening + "\n\n"
        "‘Veloria stands with Kastravia in these difficult days’, the letter by Tom Vale reads."
    ), [
        ("Ida Morn", "indirect", opening),
        ("Tom Vale", "direct", "Veloria stands with Kastravia in these difficult days"),
    ])


def test_a_feeling_with_a_concessive_aside_before_its_by_is_stated():
    """"The Speaker is saddened, however, by … and notes that …" (before, nothing: the aside's commas hid the
    feeling's "by")."""
    opening = "Ida Morn, Speaker of the Kastravian Parliament, welcomes the agreement on defence funding."
    second = ("The Speaker is saddened, however, by several parties that find this agreement insignificant and notes "
              "that they may accede to it in the future.")
    assert_statements("Agreement on defence funding\n\n" + opening + " " + second,
                      [("Ida Morn", "indirect", opening), ("Ida Morn", "indirect", second)])
