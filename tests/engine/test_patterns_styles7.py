"""Patterns found by the seventh styles set (benchmarks/styles7/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_son_named_bin_his_father_is_not_the_father():
    """"His Majesty King Faisal II met … attended by His Royal Highness Crown Prince Hussein bin Faisal, …
    His Majesty stressed …" (styles7 harith_royal_court): "bin Faisal" names the father, so the Crown Prince
    is another man, and "His Majesty" the King."""
    body = ("Qasrin, March 11 — His Majesty King Omar III met on Tuesday with President of Dorsalia Ivo Kran.\n\n"
            "During the meeting, attended by His Royal Highness Crown Prince Talal bin Omar, His Majesty and "
            "President Kran discussed ways to expand cooperation.\n\n"
            "His Majesty stressed the importance of the strong ties between the two countries.")
    assert_statements(body, [
        ("Omar III", "indirect", "His Majesty stressed the importance of the strong ties between the two countries."),
    ])


def test_the_same_bin_name_again_is_the_same_man():
    """Guard: "Sheikh Saeed bin Rashid Al Hamri … Sheikh Saeed welcomed …": his own given name, not the father's
    after "bin", is the man named in full."""
    body = ("Sheikh Saeed bin Rashid Al Hamri received the Ambassador of Dorsalia, Ivo Kran.\n\n"
            "Sheikh Saeed welcomed the Ambassador and wished him success in his duties.")
    assert_statements(body, [
        ("Saeed bin Rashid Al Hamri", "indirect",
         "Sheikh Saeed welcomed the Ambassador and wished him success in his duties."),
    ])


def test_a_formula_of_blessing_after_the_sovereign_is_an_aside():
    """"His Majesty the King, May God glorify Him, reiterated …" (styles7 maghrel_royal_cabinet): the blessing
    set off by commas stands between the subject and his verb."""
    body = ("His Majesty King Yusuf V received Mr. Lars Holm, Prime Minister of Vestria.\n\n"
            "His Majesty the King, May God glorify Him, reiterated the Kingdom's will to deepen the partnership.\n\n"
            "His Majesty, may God assist Him, stressed the importance of vocational training.")
    assert_statements(body, [
        ("Yusuf V", "indirect",
         "His Majesty the King, May God glorify Him, reiterated the Kingdom's will to deepen the partnership."),
        ("Yusuf V", "indirect", "His Majesty, may God assist Him, stressed the importance of vocational training."),
    ])


def test_a_name_after_a_cue_set_off_by_commas_is_what_was_said():
    """"…, sectors in which, he said, Platania offers "enormous opportunities"." (styles7 platania_casa_rosada):
    the clause after ", he said," is the President's report, "Platania offers" no cue of its own."""
    body = ("President Tomás Arrieta received the Prime Minister of Velsland, Anna Berg.\n\n"
            "The head of state invited Velsland's companies to invest in lithium, where, he said, Corvania offers "
            "great opportunities.")
    assert_statements(body, [
        ("Tomás Arrieta", "indirect", "The head of state invited Velsland's companies to invest in lithium, where, "
         "he said, Corvania offers great opportunities."),
    ])


def test_a_new_clause_after_a_cue_set_off_by_commas_keeps_its_speaker():
    """Guard: "…, he said, and Berg offered …": a clause of its own, joined by "and", is Berg's."""
    body = ("President Tomás Arrieta received the Prime Minister of Velsland, Anna Berg.\n\n"
            "The reforms are working, he said, and Prime Minister Berg offered her country's support.")
    assert_statements(body, [
        ("Tomás Arrieta", "indirect", "The reforms are working, he said"),
        ("Anna Berg", "indirect", "and Prime Minister Berg offered her country's support."),
    ])


def test_the_sovereign_is_the_king():
    """"the Sovereign and the Vestmarkian Prime Minister held talks" (styles7 maghrel_royal_cabinet, a royal
    cabinet's name for the King): "The Sovereign stressed …" is the King's."""
    body = ("His Majesty King Yusuf V, May God assist Him, received Mr. Lars Holm, Prime Minister of Vestria.\n\n"
            "The Sovereign stressed the importance of the partnership between the two Kingdoms.")
    assert_statements(body, [
        ("Yusuf V", "indirect", "The Sovereign stressed the importance of the partnership between the two Kingdoms."),
    ])


def test_sovereign_before_a_noun_is_no_one():
    """Guard: "sovereign debt", "the sovereign wealth fund": an adjective, no one speaks."""
    body = ("President Ivo Kran met Prime Minister Lars Holm.\n\n"
            "The sovereign wealth fund of Dorsalia will invest in Vestria. President Kran stressed that sovereign "
            "debt must be reduced.")
    assert_statements(body, [
        ("Ivo Kran", "indirect", "President Kran stressed that sovereign debt must be reduced."),
    ])


def test_a_name_after_in_his_view_is_what_was_said():
    """"The President said that, in his view, Corvania offers …" (a variant of styles7 platania_casa_rosada's
    "…, he said, Platania offers …"): his view, not a cue of the name after it."""
    body = ("President Tomás Arrieta received the Prime Minister of Velsland, Anna Berg.\n\n"
            "The President said that, in his view, Corvania offers great opportunities.")
    assert_statements(body, [
        ("Tomás Arrieta", "indirect", "The President said that, in his view, Corvania offers great opportunities."),
    ])
