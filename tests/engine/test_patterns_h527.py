"""Constructions found by helper h527's set fourhundredth (president.gov.by readouts): a title opening with the item's
noun before "of" and an office ("Report of Belarus President Administration head …"); a lead sentence followed by
"X made the (relevant) statement at / as …", which only says where the sentence before was said; and a country's
possessive with a bare apostrophe before an office and a name ("a report of Belarus’ KGB Chairman X").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_report_title_before_an_office_names_no_mr_report():
    """"Report of Veldania President Administration head X": "Report" is the item, as "Meeting of …" is, not a person
    named "Report" holding the office "President", who then took every quotation of "the President"."""
    body = (
        "Report of Veldania President Administration head Pavel Rostov\n\n"
        "Veldania President Ivan Koval heard out a report from Head of the Veldania President Administration Pavel Rostov "
        "on 25 January.\n\n"
        "\u201cWhat is the state of affairs in the election process?\u201d the President asked Pavel Rostov. "
        "\u201cAre there any requests?\u201d"
    )
    assert_statements(body, [
        ("Ivan Koval", "direct", "What is the state of affairs in the election process?"),
        ("Ivan Koval", "direct", "Are there any requests?"),
    ])


def test_a_surname_before_of_and_an_office_in_a_title_stays_a_name():
    """Guard: a capitalised word that is no item noun before "of" and an office still reads as a name ("Smith of
    Veldania President" stays a Mr Smith): only the few item nouns of titles change."""
    from readout_tui.engine.phrases import phrase_opening

    assert phrase_opening("Smith of Veldania President").name == ("Smith",)
    assert phrase_opening("Report of Veldania President").name == ()


def test_made_the_statement_as_he_heard_out_a_report_gives_the_sentence_before():
    """"The defense industry operates rather well. Veldania President X made the relevant statement as he heard out a
    report from …": the second sentence only says where; the first is X's statement, as after "said this during …"."""
    body = (
        "Report of Chairman of the Arms Committee Pavel Rostov\n\n"
        "The Veldanian defense industry operates rather well but it has to double its earnings. Veldania President Ivan "
        "Koval made the relevant statement as he heard out a report from Chairman of the Arms Committee Pavel Rostov on "
        "12 November.\n\n"
        "The nation will be glad to learn about the visit. Ivan Koval made the statement at a meeting with Pavel Rostov."
    )
    assert_statements(body, [
        ("Ivan Koval", "indirect", "The Veldanian defense industry operates rather well but it has to double its earnings."),
        ("Ivan Koval", "indirect", "The nation will be glad to learn about the visit."),
    ])


def test_made_the_statement_before_a_clause_of_its_own_stays_a_statement():
    """Guard: "X made the statement at the meeting, adding that …" says something of its own after the place (as
    kremlin 7988 "made this statement at the meeting …, adding that …"), and the sentence before with its own subjects
    ("X and Y discussed …") stays no one's."""
    body = (
        "Ivan Koval and Pavel Rostov discussed the budget. Ivan Koval made the statement at the meeting, adding that the "
        "port will stay open."
    )
    assert_statements(body, [
        ("Ivan Koval", "indirect", "Ivan Koval made the statement at the meeting, adding that the port will stay open."),
    ])


def test_made_this_statement_at_a_clock_time_still_only_says_when():
    """"… made this statement in his televised address soon after 12:00.": the clock's colon opens no quotation, so
    the sentence still only says where and when (kremlin 37381's construction); the lead before it is his."""
    body = (
        "The Veldanian army will leave the border zone by spring. Ivan Koval made this statement in his televised "
        "address soon after 12:00."
    )
    assert_statements(body, [
        ("Ivan Koval", "indirect", "The Veldanian army will leave the border zone by spring."),
    ])


def test_a_bare_apostrophe_possessive_before_an_office_and_name_names_the_holder():
    """"… heard out a report of Veldanias’ KGB Chairman Pavel Rostov …": the possessive country ends with a bare
    apostrophe; the titled name after it is the person, whom "The KGB head" then names."""
    body = (
        "Veldania President Ivan Koval heard out a report of Veldanias\u2019 KGB Chairman Pavel Rostov on 4 September.\n\n"
        "The KGB head informed the President about the situation in the border zone."
    )
    assert_statements(body, [
        ("Pavel Rostov", "indirect", "The KGB head informed the President about the situation in the border zone."),
    ])


def test_a_possessive_name_before_an_untitled_name_stays_as_read():
    """Guard: a bare-apostrophe possessive before words that are no titled name ("Lukas Weiss\u2019 Memoirs") is read as
    before: the run's own name, who speaks in the next sentence."""
    body = (
        "Lukas Weiss\u2019 Memoirs were published in Tarsel. Lukas Weiss said that the book took ten years."
    )
    assert_statements(body, [
        ("Lukas Weiss", "indirect", "Lukas Weiss said that the book took ten years."),
    ])


def test_a_colon_lead_in_whose_last_clause_is_a_that_clause_is_its_noters():
    """"In turn, X noted that he had discussed cooperation with the ministers prior to the trip: “…”": the pronoun
    heads the that-clause of X's "noted", so the lead-in is X's indirect statement and the quotation X's, not the
    other person's the pronoun was taken for."""
    body = (
        "Veldania President Ivan Koval met with Ostrelian President Pavel Rostov in Tarsel on 23 May.\n\n"
        "Ivan Koval said: \u201cYou have had a hard day today.\u201d\n\n"
        "In turn, Pavel Rostov noted that he had discussed cooperation with the ministers prior to the trip: "
        "\u201cWe touched upon all the aspects.\u201d"
    )
    assert_statements(body, [
        ("Ivan Koval", "direct", "You have had a hard day today."),
        ("Pavel Rostov", "indirect",
         "In turn, Pavel Rostov noted that he had discussed cooperation with the ministers prior to the trip"),
        ("Pavel Rostov", "direct", "We touched upon all the aspects."),
    ])


def test_a_colon_lead_in_with_its_own_pronoun_subject_stays_as_read():
    """Guard: a colon lead-in whose pronoun is no that-clause's subject ("Then he added:") keeps the pronoun's own
    reading: the last man spoken of."""
    body = (
        "Veldania President Ivan Koval met with Ostrelian President Pavel Rostov in Tarsel on 23 May.\n\n"
        "Pavel Rostov thanked the hosts. Then he added: \u201cWe touched upon all the aspects.\u201d"
    )
    assert_statements(body, [
        ("Pavel Rostov", "indirect", "Pavel Rostov thanked the hosts."),
        ("Pavel Rostov", "direct", "We touched upon all the aspects."),
    ])
