"""Rules from the eight-hundred-seventy-seventh held-out set (the Mayor of Quezon City and, widened, the Mayor of Davao
City, and those who speak at or of their meetings): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_QUOTE = "“Cooperation between our two cities is vital to a green and livable future for all.”"
_QUOTED = "Cooperation between our two cities is vital to a green and livable future for all."


def test_made_the_remarks_when_gives_the_quotation_before_to_its_subject():
    """"“United action … for all.”" / "Quezon City Mayor Joy Belmonte made the remarks when she represented …"
    (Tribune 2024-03-01): the remarks are the quotation before, this sentence only when they were made, as "made the
    statement as he met …". Before, the quotation was given to no one."""
    body = (_QUOTE + "\n\n"
            "Darnian Mayor Tomas Velko made the remarks when he received the Ambassador of Quorland on Monday.")
    assert_statements(body, [("Tomas Velko", "direct", _QUOTED)])


def test_made_these_comments_after_likewise():
    """"made these comments after …", "made the comment during …": the same, a comment for a remark."""
    body = (_QUOTE + "\n\n"
            "Ambassador Lena Orsk made these comments after presenting her credentials to the Foreign Minister.")
    assert_statements(body, [("Lena Orsk", "direct", _QUOTED)])


def test_made_the_remarks_after_anothers_report_leaves_it_his():
    """The guard: a sentence with its own speaker before "X made the remarks at …" stays that speaker's, and the
    remarks sentence says nothing of its own."""
    body = ("Ambassador Lena Orsk said the port of Darnia would reopen in May. "
            "Mayor Tomas Velko made the remarks at the opening of the trade fair.")
    assert_statements(body, [
        ("Lena Orsk", "indirect", "Ambassador Lena Orsk said the port of Darnia would reopen in May."),
    ])


def test_earlier_this_month_between_subject_and_verb():
    """"But Duterte-Carpio earlier this month denied she is seeking higher political office, saying …" (The Manila
    Shimbun 2021-10-25): a week, month or year, this or last, between the subject and the verb is stepped over as
    "earlier" and "today" are. Before, the sentence was given to no one."""
    body = ("Mayor Tomas Velko met Ambassador Lena Orsk of Quorland on Monday.\n\n"
            "But Velko earlier this month denied he is seeking higher office, saying he filed his papers as mayor.\n\n"
            "Orsk last week said the port project would go ahead.")
    assert_statements(body, [
        ("Tomas Velko", "indirect",
         "But Velko earlier this month denied he is seeking higher office, saying he filed his papers as mayor."),
        ("Lena Orsk", "indirect", "Orsk last week said the port project would go ahead."),
    ])


def test_next_week_before_a_future_act_is_no_statement():
    """The guard: "next week" is no aside of the rule, and a future act after it stays narrative."""
    body = ("Mayor Tomas Velko met Ambassador Lena Orsk of Quorland on Monday.\n\n"
            "Orsk next week will visit the port of Darnia.")
    assert_statements(body, [])


def test_made_the_remarks_after_a_place_before_the_office():
    """"Quezon City Mayor Joy Belmonte made the remarks when she represented …": the office's place, capitalised words
    before the office and name, opens the sentence; the remarks are still the quotation before, and this sentence
    says nothing of its own. Before, the quotation was no one's."""
    body = (_QUOTE + "\n\n"
            "Darnia City Mayor Tomas Velko made the remarks when he represented the region's mayors at the forum "
            "on Monday, 26 February in Quorlan.")
    assert_statements(body, [("Tomas Velko", "direct", _QUOTED)])


def test_made_the_remarks_then_a_spokesmans_said_stays_the_spokesmans():
    """The guard: "He made the remarks during a meeting …, X’s Spokesman Y said." (sixhundredsixtieth
    egyptiangazette) says something of its own, the spokesman's report, as before the rule."""
    body = ("Secretary General Ardo Venn stressed the need to keep Orsa's borders intact. "
            "He made the remarks during a meeting Wednesday with Foreign Minister Lena Osk, Venn’s Spokesman "
            "Marco Deln said.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Secretary General Ardo Venn stressed the need to keep Orsa's borders intact."),
        ("Marco Deln", "indirect", "He made the remarks during a meeting Wednesday with Foreign Minister Lena Osk, "
                                   "Venn’s Spokesman Marco Deln said."),
    ])


def test_last_month_before_a_cue_that_opens_with_in_is_no_aside():
    """The guard: "… met with Gov. X last month in hopes of strengthening …" (eighthundredth cjonline): the month ends
    the clause of "met with", and the governor does not hope; the sentence stays no one's."""
    body = ("A delegation from the Orsan consulate met with Gov. Tomas Velko last month in hopes of strengthening "
            "business relations.")
    assert_statements(body, [])



def test_a_name_of_the_united_kingdom_in_a_list_is_a_person():
    """"… met with Ambassadors Philip Goldberg of the United States, Asif Ahmad of the United Kingdom, and Thomas
    Ossowski of Germany. … Ahmad shared photos of his meeting … He said he gave …" (Inquirer 2016-06-13): a name
    "of the United Kingdom", a country whose name ends in a body's word, is a person of that country, no body's name,
    so "Varga" later names him and "He" is he. Before, "He" was the last speaker, the aide."""
    body = ("Mayor Tomas Velko on Monday met with Ambassadors Lena Orsk of Zelmark, Piet Varga of the "
            "United Kingdom, and Ivo Brandt of Ostria.\n\n"
            "Asked about the meetings, Velko’s aide Marco Deln said in a text message: “It was a courtesy call.”\n\n"
            "Varga shared photos of his meeting with Velko on Twitter. He said he gave the mayor a book as token.")
    assert_statements(body, [
        ("Marco Deln", "direct", "It was a courtesy call."),
        ("Piet Varga", "indirect", "He said he gave the mayor a book as token."),
    ])


def test_a_body_named_of_the_united_states_stays_no_one():
    """The guard: a body's own name "of the United States" ("First Bank of the United States") is no person."""
    body = ("Mayor Tomas Velko met officials of the First Bank of the United States on Monday. "
            "First Bank said the loan would be signed in May.")
    assert_statements(body, [])
