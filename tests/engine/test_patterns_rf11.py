"""Review of stop 72's merges h1264 and h1262 (rf11): mends where a new rule read a near shape worse than the base
engine. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_PORT = "TALVONA — Governor Mirela Dovrenko on Monday visited the port of Talvona.\n\n"


def test_left_unsaid_then_adding_that_is_still_hers():
    """"X did not say when …, adding that …": what she left untold, then words she added, so the sentence is hers;
    h1264's `_left_unsaid_alone` made it no one's (only " but said" kept it)."""
    body = _PORT + "Dovrenko did not say when the new berth would open, adding that the contractors had been paid."
    assert_statements(body, [
        ("Mirela Dovrenko", "indirect", "Dovrenko did not say when the new berth would open, adding that the "
                                        "contractors had been paid."),
    ])


def test_left_unsaid_then_saying_only_that_is_still_hers():
    """"…, saying only that …": the same, the participle after "only"."""
    body = _PORT + "Dovrenko did not say how many workers had been hired, saying only that the budget was enough."
    assert_statements(body, [
        ("Mirela Dovrenko", "indirect", "Dovrenko did not say how many workers had been hired, saying only that the "
                                        "budget was enough."),
    ])


def test_left_unsaid_alone_stays_no_ones():
    """Guard: "X did not say how …" with nothing said after it stays no one's (h1264's rule)."""
    body = _PORT + ("Dovrenko said the port would reopen in May.\n\n"
                    "Dovrenko did not say how many workers had been hired.")
    assert_statements(body, [
        ("Mirela Dovrenko", "indirect", "Dovrenko said the port would reopen in May."),
    ])


_CLINIC = "EBOMI — {} opened a clinic in Ebomi on Tuesday.\n\nThe First Lady said every mother deserved care."


def test_wife_of_a_presidents_aide_is_not_the_first_lady():
    """"Mrs. X, the wife of President Y's chief of staff," is the aide's wife: "The First Lady" is the one named "the
    wife of President Y"; h1262's `_spouse_of_a_head` read the aide's wife as the President's."""
    body = _CLINIC.format("Mrs. Ada Kembo, the wife of President Osei Kembo's chief of staff, and Mrs. Nene Osei, "
                          "the wife of President Osei Kembo,")
    assert_statements(body, [
        ("Nene Osei", "indirect", "The First Lady said every mother deserved care."),
    ])


def test_wife_of_the_president_is_the_first_lady():
    """Guard: "Mrs. X, the wife of President Y," alone is the First Lady (h1262's rule)."""
    body = _CLINIC.format("Mrs. Nene Osei, the wife of President Osei Kembo,")
    assert_statements(body, [
        ("Nene Osei", "indirect", "The First Lady said every mother deserved care."),
    ])


_MISSION = ("BACOLOD — A trade mission led by Dita Angara-Mathay, Special Trade Representative, called on Governor Ruel "
            "Lasco on Monday.\n\n")


def test_mister_by_the_second_half_is_not_the_woman_of_the_double_surname():
    """"Her husband, Mr. Mathay, said …" after "Dita Angara-Mathay" (no sex told for her): her husband bears the second
    half, so the man is not she; h1264's `_half_of_a_double_surname` gave her his words, base made him a person."""
    body = _MISSION + "Her husband, Mr. Mathay, said the family would invest in the province."
    assert_statements(body, [
        ("Mathay", "indirect", "Her husband, Mr. Mathay, said the family would invest in the province."),
    ])


def test_untitled_second_half_still_names_her():
    """Guard: "Rep. Mathay assured …" (an office, no sex) is still she (h1264's rule)."""
    body = _MISSION + "Rep. Mathay assured the Governor that the fair would open in June."
    assert_statements(body, [
        ("Dita Angara-Mathay", "indirect", "Rep. Mathay assured the Governor that the fair would open in June."),
    ])
