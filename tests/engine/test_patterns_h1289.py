"""Rules from the nine-hundred-ninety-third held-out set (the Menteri Besar of Negeri Sembilan and those who speak at or
of his meetings): invented readouts, invented people, parties and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_stance_after_a_photo_note_is_the_named_persons():
    """"Negeri Sembilan Pakatan Harapan (PH) chairman Datuk Seri X (pix) is confident that discussions … can be
    resolved …" (theSun 2023-03-15): the paper's note on the photograph between the name and "is confident that" is
    stepped over, as it is before "said"; before, the stance was no one's."""
    body = ("Zembran Unity Front (ZUF) chairman Datuk Seri Kavel Moran (pix) is confident that talks between the "
            "two coalitions can be resolved within two months.\n\n"
            "“We have had meetings,” he said after chairing the council meeting.")
    assert_statements(body, [
        ("Kavel Moran", "indirect", "Zembran Unity Front (ZUF) chairman Datuk Seri Kavel Moran (pix) is confident "
                                    "that talks between the two coalitions can be resolved within two months."),
        ("Kavel Moran", "direct", "We have had meetings,"),
    ])


def test_stance_after_a_partys_letters_in_brackets_is_the_named_persons():
    """The same with a party's letters in brackets after the name ("Minister X (ZP) is optimistic that …")."""
    body = "Trade Minister Orla Venn (ZP) is optimistic that the port will open next year."
    assert_statements(body, [
        ("Orla Venn", "indirect", "Trade Minister Orla Venn (ZP) is optimistic that the port will open next year."),
    ])


def test_stance_of_a_body_with_its_initials_in_brackets_stays_no_ones():
    """The guard: a body's initials in brackets before "is confident that" ("The Zembran Port Authority (ZPA) is
    confident …"): no person, no statement."""
    body = ("Minister Orla Venn visited the port on Monday.\n\n"
            "The Zembran Port Authority (ZPA) is confident that the works will end next year.")
    assert_statements(body, [])


def test_span_ago_between_a_name_and_its_verb_is_stepped_over():
    """"State Umno Liaison Committee chairman Datuk Seri X two days ago reportedly said that the party had held
    preliminary talks …" (theSun 2023-07-04): "two days ago" between the name and the verb is when he spoke, as "last
    week" is; before, the sentence was no one's."""
    body = ("Minister Kavel Moran said the talks went well.\n\n"
            "State Liaison Committee chairman Datuk Seri Tavin Orel two days ago reportedly said that the party had "
            "held preliminary talks with the front.")
    assert_statements(body, [
        ("Kavel Moran", "indirect", "Minister Kavel Moran said the talks went well."),
        ("Tavin Orel", "indirect", "State Liaison Committee chairman Datuk Seri Tavin Orel two days ago reportedly "
                                   "said that the party had held preliminary talks with the front."),
    ])


def test_span_ago_after_a_capitalised_name_with_a_few():
    """The span "a few weeks ago" likewise ("X a few weeks ago told reporters that …")."""
    body = "Tavin Orel a few weeks ago told reporters that the party had held talks."
    assert_statements(body, [
        ("Tavin Orel", "indirect", "Tavin Orel a few weeks ago told reporters that the party had held talks."),
    ])


def test_span_ago_after_a_noun_or_a_prepositions_object_stays_unread():
    """The guards: a report or a letter "released two days ago" / "sent to X two weeks ago" that "said" is no one's
    speech (a noun before the span, or the name the object of a preposition)."""
    body = ("Minister Kavel Moran said the talks went well.\n\n"
            "The report released two days ago said that the party had held talks.\n\n"
            "A letter sent to Velo two weeks ago said that the port would open.")
    assert_statements(body, [
        ("Kavel Moran", "indirect", "Minister Kavel Moran said the talks went well."),
    ])
