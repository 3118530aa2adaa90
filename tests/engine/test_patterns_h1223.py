"""Rules from the nine-hundred-thirty-sixth held-out set (the Governor of Akwa Ibom State, Nigeria, and those at his
meetings, 2017-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_RULERS = "Governor Tomas Verla of Marland State received the paramount rulers in Kesto on Tuesday. "


def test_apologized_on_behalf_of_others_speaks():
    """"…, the Paramount Ruler of Mbo, HRM X apologized on behalf of the paramount rulers from Oro Nation for not
    attending …" (Vanguard 2023-10-17): the apology said for others, then what for, as "thanked X on behalf of …".
    Before, "apologized" spoke only with "to", "for" or "that" right after it."""
    body = (_RULERS + "Speaking on behalf of Oro Nation, the Paramount Ruler of Mbo, HRM Pelo Danvi apologized on "
            "behalf of the paramount rulers from Oro Nation for not attending the first meeting.")
    assert_statements(body, [
        ("HRM Pelo Danvi", "indirect", "Speaking on behalf of Oro Nation, the Paramount Ruler of Mbo, HRM Pelo Danvi "
         "apologized on behalf of the paramount rulers from Oro Nation for not attending the first meeting."),
    ])


def test_refused_to_apologize_on_behalf_of_is_no_apology():
    """The guard: "refused to apologise on behalf of the council" is an apology not made: no statement."""
    body = _RULERS + "Chief Pelo Danvi refused to apologise on behalf of the council."
    assert_statements(body, [])


def test_according_to_a_person_before_a_colon_leads_in():
    """"According to Governor Eno: “Politics is over. …”." (The Nation 2023-06-08): the source alone before the
    colon only leads the quotation in, as "In the words of X:" does; "According to him:" too. Before, "According to
    Governor X" was a statement of its own."""
    body = ("Governor Tomas Verla of Marland met President Kilo Varnu in Kesto on Monday.\n\n"
            "According to Governor Verla: “Politics is over. It is time for governance.”\n\n"
            "According to him: “We must work together.”")
    assert_statements(body, [
        ("Tomas Verla", "direct", "Politics is over. It is time for governance."),
        ("Tomas Verla", "direct", "We must work together."),
    ])


def test_according_to_a_person_with_a_report_before_the_colon_speaks():
    """The guard: "According to X, the talks went well, and he added: “…”" holds a report before the colon: the
    report is X's statement, the quotation his words."""
    body = ("Governor Tomas Verla of Marland met President Kilo Varnu in Kesto on Monday.\n\n"
            "According to Governor Verla, the talks went well, and he added: “We are ready.”")
    assert_statements(body, [
        ("Tomas Verla", "indirect", "According to Governor Verla, the talks went well, and"),
        ("Tomas Verla", "direct", "We are ready."),
    ])


def test_uncommaed_who_clause_holding_a_place_set_off():
    """"Governor Eno who had earlier received the minister on a courtesy visit to Government House, Uyo, assured that
    …" (Vanguard 2023-11-19): a relative clause with no opening comma that holds a place set off by commas; the verb
    after its closing comma is the opener's. Before, no one's."""
    body = ("Governor Tomas Verla of Marland State spoke at the thanksgiving in Kesto on Sunday. "
            "Governor Verla who had earlier received the minister on a courtesy visit to Government House, Kesto, "
            "assured that the State will support him.")
    assert_statements(body, [
        ("Tomas Verla", "indirect", "Governor Verla who had earlier received the minister on a courtesy visit to "
         "Government House, Kesto, assured that the State will support him."),
    ])


def test_uncommaed_who_clause_of_a_group_stays_a_group():
    """The guard: "Traders who came from Dorland, Marland, said …" opens with a group: no one's statement."""
    body = ("Governor Tomas Verla of Marland State spoke at the market in Kesto on Sunday. "
            "Traders who came from Dorland, Marland, said the road was bad.")
    assert_statements(body, [])


def test_has_given_insight_after_an_apposition_speaks():
    """"Governor of Akwa Ibom State, Umo Eno, has given insight into his recent visit to …" (The News Chronicle
    2023-06-19): after the apposition's comma, the perfect "has given" is the subject's verb, as "has said" is. Before,
    "given" after a comma was read as a participle on its own."""
    body = ("Governor Tomas Verla met the press in Kesto on Monday. "
            "The Governor of Marland State, Tomas Verla, has given insight into his recent visit to Dorland.")
    assert_statements(body, [
        ("Tomas Verla", "indirect", "The Governor of Marland State, Tomas Verla, has given insight into his recent "
         "visit to Dorland."),
    ])


def test_has_been_given_an_overview_is_no_statement():
    """The guard: "X, Y, has been given an overview of the project" is a passive, the overview given to him: no
    statement of his."""
    body = ("Governor Tomas Verla met the press in Kesto on Monday. "
            "The Governor of Marland State, Tomas Verla, has been given an overview of the project by the engineers.")
    assert_statements(body, [])
