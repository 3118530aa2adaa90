"""Errors the three-hundredth held-out set (benchmarks/heldout/threehundredth/, real EU texts of 2010-2019) left
alone, mended with general rules: a title "Statement by X, <office>, following his meeting with …" over an
unattributed quotation is X's own words, as a "Remarks by X …" title's body is.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

FIRST = "President Dorn and I had a productive discussion on the agenda of the forthcoming summit, in particular on energy."
SECOND = "We also discussed the economic situation in the Union and the cooperation with the Vestrian Presidency."


def test_statement_titled_by_one_person_over_a_quotation_is_that_persons_words():
    """"Statement by Herman VAN ROMPUY, President of the European Council, following his meeting with Pál
    Schmitt, President of Hungary" over one quotation in two paragraphs with no attribution (three-hundredth
    eu_council_2011-01-25_schmitt, both paragraphs lost): each paragraph one direct statement of the title's
    host, the quote marks left out."""
    title = ("Statement by Ilse MARTEN, President of the Norvellian Council, following her meeting with Ivan Dorn, "
             "President of Vestria")
    body = f'"{FIRST}\n\n{SECOND}"'
    assert_statements(body, [
        ("Ilse MARTEN", "direct", FIRST),
        ("Ilse MARTEN", "direct", SECOND),
    ], title=title)


def test_statement_titled_by_one_person_unquoted_body():
    """The same title over a body with no quote marks: the host's words, one direct statement a paragraph."""
    title = "Statement by President Ilse Marten following her meeting with President Ivan Dorn"
    body = f"{FIRST}\n\n{SECOND}"
    assert_statements(body, [
        ("Ilse Marten", "direct", FIRST),
        ("Ilse Marten", "direct", SECOND),
    ], title=title)


def test_statement_title_over_a_narrative_body_stays_narrative():
    """Guard: "Statement by Minister X on …" over a body that tells of the Minister in the third person and then
    quotes him after a lead-in (twohundredseventysixth ireland_dfa ni_talks: "Statement by Minister Coveney on
    Northern Ireland Talks" / "… the Minister for Foreign Affairs and Trade, Simon Coveney TD, travelled to
    Belfast …" / "Speaking this evening, the Minister said:"): the narrative stays no one's."""
    title = "Statement by Minister Ivan Dorn on the Norvellian Talks"
    body = ("This morning the Minister for Foreign Affairs, Ivan Dorn, travelled to Tarvik to rejoin the talks.\n\n"
            "Speaking this evening, the Minister said:\n\n"
            f"“{SECOND}”")
    assert_statements(body, [("Ivan Dorn", "direct", SECOND)], title=title)


def test_statement_by_an_office_without_a_name_stays_unattributed():
    """Guard: "Statement by the Press Secretary …" names no person: a first-person body stays no one's here."""
    title = "Statement by the Press Secretary on the Visit of President Ivan Dorn"
    body = "We welcome the visit of President Ivan Dorn of Vestria next week.\n\nThe two leaders will discuss energy."
    assert_statements(body, [], title=title)


MET = "In the margins of the speakers' conference in Tarvik today, Speaker Oren Balt met with Speaker Ilse Varn."


def test_he_will_after_announcing_that_he_will_carries_the_plan_on():
    """"President Tajani announced that he will be in France on an official visit on 22 September. He will visit
    the National Assembly and meet with the President of the Republic, Emmanuel Macron." (three-hundredth
    eu_parliament_2017-09_de_rugy, the second sentence lost): the plan he announced goes on, his indirect
    statement."""
    body = (f"{MET}\n\n"
            "Speaker Balt announced that he will be in Vestria on an official visit on 22 September. "
            "He will visit the National Assembly and meet with the President of the Republic.")
    assert_statements(body, [
        ("Oren Balt", "indirect", "Speaker Balt announced that he will be in Vestria on an official visit on 22 September."),
        ("Oren Balt", "indirect", "He will visit the National Assembly and meet with the President of the Republic."),
    ])


def test_he_will_after_a_report_of_something_else_stays_narrative():
    """Guard: "He will …" after a statement that reported no plan of his own ("… said that the ministers will
    meet …"): the readout's schedule, no one's words."""
    body = (f"{MET}\n\n"
            "Speaker Balt said that the ministers will meet again in May. "
            "He will visit the National Assembly and meet with the President of the Republic.")
    assert_statements(body, [
        ("Oren Balt", "indirect", "Speaker Balt said that the ministers will meet again in May."),
    ])


def test_she_will_after_his_announced_plan_stays_narrative():
    """Guard: the pronoun differs from the announced plan's ("… that he will …" / "She will …"): someone else's
    schedule, told by the readout."""
    body = (f"{MET}\n\n"
            "Speaker Balt announced that he will be in Vestria on an official visit on 22 September. "
            "She will visit the National Assembly next week.")
    assert_statements(body, [
        ("Oren Balt", "indirect", "Speaker Balt announced that he will be in Vestria on an official visit on 22 September."),
    ])
