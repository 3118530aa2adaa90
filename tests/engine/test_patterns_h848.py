"""Statements found by helper h848 (sixhundredthirtyfifth, Tanzania's State House as The Citizen, the Daily News and
The Africa Watch print it):
- "“I have met with the mayor and we have talked about …” Lerd said after …": a quotation that opens its sentence,
  six words or more, its comma left out before the speaker after it, is words said (before, a firm's name such as
  "PJSC “Kryukov Car Works” Volodymyr Prykhodko", and the tag read as a report of its own).
- "According to the Director of Communication, Jaffar Haniu the five new envoys are …": the source's name after its
  office, the clause opening right after the name with no comma (an article, a determiner or a pronoun), is the
  source (before, no statement).
- "Maalim Made A Shock Visit To The State House.": a headline verb's irregular past form (made, paid, held, gave …)
  before an article parts the title's run (before, one person "Maalim Made" beside the body's Maalim Seif).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and the guards
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_quotation_opening_its_sentence_with_no_comma_before_its_speaker():
    assert_statements((
        "The veteran politician Tomas Lerd met with Mayor Ilsa Varn at the town hall on Tuesday.\n\n"
        "“I have met with the mayor and we have talked about issues of our town, how we shall make Dorvik "
        "a peaceful town” Lerd said after his talk with the mayor."
    ), [
        ("Tomas Lerd", "direct", "I have met with the mayor and we have talked about issues of our town, how we "
                                 "shall make Dorvik a peaceful town"),
    ])


def test_firms_name_before_a_name_stays_a_name():
    """Guard: a quoted firm's name inside the sentence, right before the speaker's name, is no one's words."""
    assert_statements((
        "President Arvo Keld visited the Dorvik rail works on Monday.\n\n"
        "Chairman of the Board of PJSC “Dorvik Car Works” Olen Prask told the President that the plant works at full "
        "capacity."
    ), [
        ("Olen Prask", "indirect", "Chairman of the Board of PJSC “Dorvik Car Works” Olen Prask told the President "
                                   "that the plant works at full capacity."),
    ])


def test_short_quoted_title_opening_a_sentence_is_no_speech():
    """Guard: a short quoted name opening its sentence before a name stays a name (fewer than six words)."""
    assert_statements((
        "President Arvo Keld received Ilsa Varn on Monday.\n\n"
        "“Dorvik Car Works” Olen Prask joined the meeting."
    ), [])


def test_according_to_an_office_then_a_name_with_no_comma_before_the_clause():
    assert_statements((
        "President Arvo Keld on Wednesday received five new ambassadors at State House in Dorvik.\n\n"
        "According to the Director of Presidential Communication, Jaffar Olwen the five new envoys are the second "
        "batch of ambassadors to be received by President Keld this year"
    ), [
        ("Jaffar Olwen", "indirect", "According to the Director of Presidential Communication, Jaffar Olwen the five "
                                     "new envoys are the second batch of ambassadors to be received by President "
                                     "Keld this year"),
    ])


def test_according_to_an_office_then_a_name_that_speaks_for_itself():
    """Guard: a name after the office that is the subject of its own speech verb speaks itself."""
    assert_statements((
        "President Arvo Keld on Wednesday received five new ambassadors in Dorvik.\n\n"
        "According to the spokesman, Minister Jaffar Olwen said the envoys are welcome."
    ), [
        ("Jaffar Olwen", "indirect", "Minister Jaffar Olwen said the envoys are welcome."),
    ])


def test_irregular_past_headline_verb_before_an_article_parts_the_title_run():
    """"X Made A Shock Visit To …": "Made" is the headline's verb, not a word of X's name."""
    assert_statements((
        "The veteran politician Tomas Lerd has met with President Arvo Keld at the state house.\n\n"
        "Lerd said that he has talked with the president on development issues."
    ), [
        ("Tomas Lerd", "indirect", "Lerd said that he has talked with the president on development issues."),
    ], title="Lerd Made A Shock Visit To The State House.")


def test_made_as_a_given_name_in_a_title_stays_a_name():
    """Guard: a name's "Made" (Balinese "Made Sumerta") is followed by a name, not an article; "Paid A" after it
    parts the run."""
    assert_statements((
        "Governor Made Sumerta met with President Arvo Keld on Monday.\n\n"
        "Sumerta said that the island will welcome the delegation."
    ), [
        ("Made Sumerta", "indirect", "Sumerta said that the island will welcome the delegation."),
    ], title="Made Sumerta Paid A Visit To President Keld")
