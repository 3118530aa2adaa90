"""Readings of known errors of the heldout sets (stop 44, helper h599).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

AWARD = "Chairman of the Velmar Foundation Arne Falk presented the award to the people of Norland.\n\n"


def test_words_quoted_by_name_are_the_quoted_persons():
    """"Frederick Ryan quoted famous words by President Reagan: “Above all, …”" (hundred-ninety-seventh 73409): the
    quotation is the words of the one who said them first, as "quoted Y as saying" makes them; the words that lead
    it in belong to no statement."""
    quoted = "Above all, no arsenal in the world is so formidable as the will of free men and women."
    for lead in ("Arne Falk quoted famous words by President Tom Reed:", "Arne Falk quoted the words of Tom Reed:"):
        assert_statements(AWARD + f"{lead} “{quoted}”\n", [("Tom Reed", "direct", quoted)])


def test_quoting_with_no_one_named_leaves_the_quotation_with_its_quoter():
    """The guard: the words of a song or a text name no person after "words of", so the quotation stays where it
    was before the rule (the quoting speaker's), and no one new is found."""
    words = "Our land is free and our people are proud."
    assert_statements(AWARD + f"Arne Falk quoted the words of the national anthem: “{words}”\n",
                      [("Arne Falk", "direct", words)])


GOVERNOR = "Arkady Velin met with Governor of the Zalessk Region Ivan Petrov.\n\n"


def test_a_bare_agreed_of_one_person_is_assent_voiced():
    """"The Governor also asked the President to support the initiative …, and the President agreed." (ninety-first
    kremlin_67591): one person's "agreed" that ends the clause is agreement voiced (GOLD-FORMAT: two speakers, split
    at the clause boundary), not a lead-in that the stop after the verb leaves saying nothing."""
    asked = "The Governor also asked the President to support the sports forum in 2023"
    assert_statements(GOVERNOR + asked + ", and the President agreed.\n",
                      [("Ivan Petrov", "indirect", asked), ("Arkady Velin", "indirect", "the President agreed.")])


def test_a_groups_agreed_and_an_agreed_before_a_colon_stay_as_they_were():
    """The guard: "the two leaders agreed." is a group's (no one's statement), and "The President agreed: “…”" still
    only leads in the quotation."""
    assert_statements(GOVERNOR + "The Governor asked for more funds, and the two leaders agreed.\n",
                      [("Ivan Petrov", "indirect", "The Governor asked for more funds")])
    assert_statements(GOVERNOR + "The Governor proposed a forum. The President agreed: “It is a good idea.”\n",
                      [("Ivan Petrov", "indirect", "The Governor proposed a forum."),
                       ("Arkady Velin", "direct", "It is a good idea.")])


SPOKESPERSON = ("The spokesperson of Ilona Brenn, High Representative of the Union, issued the following statement "
                "today:\n\n")


def test_a_quoted_release_telling_of_its_principals_words_gives_them():
    """"The spokesperson of X issued the following statement today:" / "“… At today's meeting, the High Representative
    stressed that … / Catherine Ashton underlined that …”" (two-hundred-ninety-first eu_eeas 2013-07-22): a release
    quoted whole that no one is found to say, and that tells in the third person of its principal's words: those
    sentences are her indirect statements, read as they would be unquoted."""
    stressed = "At today's meeting, the High Representative stressed that the summit must be a success."
    underlined = "Ilona Brenn underlined that the efforts must continue."
    body = (SPOKESPERSON + "“High Representative Ilona Brenn chaired the annual meeting of the ministers in Velmar "
            f"today.\n\n{stressed}\n\nSo far, progress has been achieved. {underlined}”\n")
    assert_statements(body, [("Ilona Brenn", "indirect", stressed), ("Ilona Brenn", "indirect", underlined)])


def test_a_quoted_release_in_the_first_person_stays_one_quotation():
    """The guard: a quoted release in the first person ("our", "we") is someone's own words, left as a quotation with
    no speaker found, whoever it names as speaking inside it."""
    body = (SPOKESPERSON + "“We welcome the meeting. At today's meeting, the High Representative stressed that our "
            "summit must be a success.”\n")
    assert_statements(body, [])


MECHANISM = "President of Norland Ivo Marek approved a decision to create a special mechanism of justice. "


def test_according_to_after_a_lost_stop_opens_its_own_sentence():
    """"“…,” the Head of State informed According to the President, the Ministry of Foreign Affairs … must make every
    effort …" (ninety-seventh 74057): a capitalised "According to" right after a word in lower case opens a sentence
    whose stop the source lost; that sentence is the President's indirect statement (GOLD-FORMAT: "According to X")."""
    quoted = "This mechanism will help bring to justice those who unleashed this war"
    according = "According to the President, the Ministry and the National Police must make every effort."
    body = f"{MECHANISM}“{quoted},” the Head of State informed {according}\n"
    assert_statements(body, [("Ivo Marek", "direct", quoted), ("Ivo Marek", "indirect", according)])


def test_according_to_in_lower_case_or_after_a_stop_reads_as_before():
    """The guard: "according to" in lower case goes on its sentence, and after a stop the sentence was already cut."""
    said = "The Head of State said that the police will act according to the law."
    assert_statements(f"{MECHANISM}{said}\n", [("Ivo Marek", "indirect", said)])
