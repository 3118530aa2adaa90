"""Rules from the eight-hundred-ninety-fourth held-out set (Kampala's Lord Mayor and the Kampala Capital City
Authority's Executive Director, and those who speak at their meetings, 2018-2025): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Mayor Ardo Venn of Kastrava met a delegation from Orsa at City Hall on Monday. "


def test_challenged_someone_to_act_is_an_appeal():
    """"The Minister …, Minsa Kabanda, has challenged Ms Sharifah Buzeki, the newly appointed Executive Director (ED)
    of …, to be transparent …" (kfm 2025-01-08): someone called on to act, as "urged … to". Before, the sentence was
    given to no one."""
    body = (_MEETING + "Mayor Venn challenged Ms Lina Osk, the newly appointed Director (DR) of the Kastrava Water "
            "Board (KWB), to be transparent and accountable in her new role. "
            "Mayor Venn also challenged the youth to embrace farming.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Mayor Venn challenged Ms Lina Osk, the newly appointed Director (DR) of the "
         "Kastrava Water Board (KWB), to be transparent and accountable in her new role."),
        ("Ardo Venn", "indirect", "Mayor Venn also challenged the youth to embrace farming."),
    ])


def test_challenged_a_decision_or_a_ruling_is_no_appeal():
    """The guard: a decision or a ruling disputed ("challenged the decision to close …", "challenged the ruling in
    court"), a contest ("challenged him to a duel") and a passive ("was challenged to explain …") call no one to act."""
    body = (_MEETING + "Mayor Venn challenged the decision to close the market. "
            "Mayor Venn challenged the ruling in court. "
            "Mayor Venn challenged his rival to a debate. "
            "Mayor Venn was challenged to explain the delay.")
    assert_statements(body, [])


def test_the_noun_challenges_before_to_does_not_cut_a_statement():
    """The guard from the 696th's Aurescu page: "… in managing the current challenges and showed the importance of
    solidarity … to identify compromise solutions": the plural is a noun, and the statement runs on whole."""
    body = (_MEETING + "Mayor Venn emphasized the interest of the city in managing the current challenges and showed "
            "the importance of solidarity to identify compromise solutions.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Mayor Venn emphasized the interest of the city in managing the current challenges "
         "and showed the importance of solidarity to identify compromise solutions."),
    ])


def test_a_name_before_an_unclosed_indefinite_office_at_a_body_speaks():
    """"Martin Onyach, a senior Urban Specialist at World Bank told the office of the Kampala Lord Mayor that …"
    (watchdoguganda 2021-03-05): the description's closing comma left out before the verb, and the description ends
    in the body its holder serves; the named person speaks, not the body. Before, the sentence was given to no one."""
    body = (_MEETING + "Tomas Pell, a senior Urban Specialist at Orsa Development Bank told the office of the Mayor "
            "that the project was faced by numerous challenges. "
            "Lena Osk, a specialist at the Kastrava Water Board said that the pipes would be replaced.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Tomas Pell, a senior Urban Specialist at Orsa Development Bank told the office "
         "of the Mayor that the project was faced by numerous challenges."),
        ("Lena Osk", "indirect",
         "Lena Osk, a specialist at the Kastrava Water Board said that the pipes would be replaced."),
    ])


def test_a_body_after_a_place_in_apposition_stays_no_one():
    """The guard: a place's description ending in a body ("In Kastrava, a team from Orsa Bank said …") names no
    person, and the name of a man met, not a clause's subject ("… met Tomas Pell, a specialist at Orsa Bank said the
    ministry"), does not speak."""
    body = ("In Kastrava, a team from Orsa Development Bank said that the project was delayed. "
            "The delegation met Tomas Pell, a specialist at Orsa Development Bank said the ministry.")
    assert_statements(body, [])
