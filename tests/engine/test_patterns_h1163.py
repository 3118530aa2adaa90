"""Rules from the eight-hundred-eighty-fifth held-out set (the Governor of Mombasa County and those who speak at the
Governor's meetings, 2017-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_MEETING = "Orsa's Ambassador Tomas Pell met with Governor Ardo Venn of Kastravia County on Monday. "


def test_provided_insights_into_is_telling():
    """"The ambassador also provided insights into Azerbaijan's state structure, history, culture …" (AZERTAC
    2025-09-30): told of them, as "gave an insight into …" and "provided an outline of …". Before, the sentence was
    given to no one."""
    body = (_MEETING + "The Governor stressed the importance of regional trade. "
            "The ambassador also provided insights into Orsa's history, culture and transport corridors.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "The Governor stressed the importance of regional trade."),
        ("Tomas Pell", "indirect",
         "The ambassador also provided insights into Orsa's history, culture and transport corridors."),
    ])


def test_provided_valuable_insights_on_likewise():
    """An adjective before the noun, and "on" after it."""
    body = (_MEETING + "Ambassador Pell provided valuable insights on the new port corridor.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell provided valuable insights on the new port corridor."),
    ])


def test_provided_insights_with_no_topic_stays_unsaid():
    """The guard: "provided insights and advice to the students", with no "into" / "on" / "about" / "of" right
    after the noun, tells of no topic and stays no statement, as before."""
    body = (_MEETING + "The Governor stressed the importance of regional trade. "
            "Later, Ambassador Pell provided insights and advice to the students of the county college.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "The Governor stressed the importance of regional trade."),
    ])


def test_capitalised_said_after_a_quotation_full_of_names():
    """"“… I joined H.E President Uhuru Kenyatta in welcoming H.E Yoweri Museveni at Moi International Airport,
    Mombasa.Karibu Mombasa” Said Governor Joho" (Newsmoto): the quoted words are so full of capitalised names that they
    read as a firm's name before a person, but a capitalised "Said" and the speaker alone after them is their tag.
    Before, both quoted paragraphs went to the other person named before them."""
    body = ("Kastravia County Governor Ardo Venn together President Ivo Marek welcomed Orsa President Lina Sorel "
            "at the coastal city on Wednesday.\n\n"
            "“It is my privilege and that of the residents of Kastravia County to host Orsa President Lina Sorel.\n\n"
            "I joined H.E President Ivo Marek in welcoming H.E Lina Sorel at Port Dalen International Airport, "
            "Kastravia.Karibu Kastravia” Said Governor Venn")
    result = run(body)
    said = [(s.speaker, s.kind, s.text) for s in result.statements if s.text.startswith(("It is", "I joined"))]
    assert [(speaker, kind) for speaker, kind, _ in said] == [("Ardo Venn", "direct"), ("Ardo Venn", "direct")], said
    assert said[1][2].endswith("Kastravia.Karibu Kastravia"), said


def test_a_firms_name_before_its_chairman_stays_a_name():
    """The guard: a quoted firm's name ending on a word, then a person and a verb of his own ("Chairman of the Board
    of PJSC “Kryukov Car Works” Volodymyr Prykhodko told the President that …"), is still no quotation."""
    body = ("Chairman of the Board of “Dalen Car Works” Ivo Marek told the Governor that the plant would expand.")
    assert_statements(body, [
        ("Ivo Marek", "indirect",
         "Chairman of the Board of “Dalen Car Works” Ivo Marek told the Governor that the plant would expand."),
    ])


def test_capitalised_said_tag_naming_a_body_is_no_report_going_on():
    """"“The State Visit … will consolidate … levels.” Said State House on Wednesday." (Newsmoto): the sentence
    "Said State House on Wednesday." is the quotation's tag. Before, it was a statement of the last speaker."""
    body = ("Orsa President Lina Sorel said the visit was historic.\n\n"
            "“The State Visit will consolidate the cooperation between the two countries.” Said State House on "
            "Wednesday.")
    result = run(body)
    assert [s.text for s in result.statements if s.text.startswith("Said")] == []
    assert ("Lina Sorel", "indirect", "Orsa President Lina Sorel said the visit was historic.") in \
        [(s.speaker, s.kind, s.text) for s in result.statements]


def test_capitalised_said_tag_naming_a_person_stays_the_tag():
    """The guard: "“…” Said Governor Venn." after another speaker still gives the words to the Governor."""
    body = ("Orsa President Lina Sorel said the visit was historic.\n\n"
            "“It is my privilege to host President Lina Sorel.” Said Governor Ardo Venn.")
    assert_statements(body, [
        ("Lina Sorel", "indirect", "Orsa President Lina Sorel said the visit was historic."),
        ("Ardo Venn", "direct", "It is my privilege to host President Lina Sorel."),
    ])
