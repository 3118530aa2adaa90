"""Rules from the nine-hundred-ninetieth held-out set (the Governor of Uasin Gishu County, Kenya, and those at his
meetings, 2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_he_after_a_man_named_jonathan_held_meetings_is_his():
    """"Uasin Gishu governor Jonathan Bii held consultative meetings with … / “…,” he said." (Vipasho): "Jonathan", a
    man's given name, tells "he" it is the Governor, the one man named, though the county's two capitalised words keep
    his phrase from opening the sentence. Before, "Jonathan" told no sex and the quotation got no speaker."""
    body = ("Kelmar Vosti governor Jonathan Arvo held consultative meetings with the heads of departments at the "
            "county headquarters.\n\n"
            "“We are consolidating the county human resource in preparation for a policy shift,” he said.")
    assert_statements(body, [
        ("Jonathan Arvo", "direct", "We are consolidating the county human resource in preparation for a policy "
         "shift,"),
    ])


def test_she_after_a_man_named_jonathan_is_not_his():
    """The guard: "she" after the man named Jonathan is not his (a woman named later in the lead is she)."""
    body = ("Kelmar Vosti governor Jonathan Arvo held talks with the visiting envoy Ms Dana Pirel at the county "
            "headquarters.\n\n"
            "“We are ready to fund the dairy project,” she said.")
    assert_statements(body, [
        ("Dana Pirel", "direct", "We are ready to fund the dairy project,"),
    ])


def test_disclosed_his_next_steps_is_speech():
    """"Uasin Gishu Governor Jonathan Bii has disclosed his next steps following the resignation of his deputy …" (the
    Kenyan DAILY POST 2024-08-20): what he means to do made known, as "disclosed his plans"; so "revealed his next
    move". Before, only "plans" and "intentions" made the verb speech."""
    body = ("Kelmar County Governor Tomas Arvo has disclosed his next steps following the resignation of his deputy.\n\n"
            "Governor Tomas Arvo also revealed his next move on the county budget.")
    assert_statements(body, [
        ("Tomas Arvo", "indirect", "Kelmar County Governor Tomas Arvo has disclosed his next steps following the "
         "resignation of his deputy."),
        ("Tomas Arvo", "indirect", "Governor Tomas Arvo also revealed his next move on the county budget."),
    ])


def test_revealed_his_steps_alone_is_not_speech():
    """The guard: "revealed his steps" or "unveiled his moves" with no "next" tells no plan (a dance, a game): no
    statement."""
    body = ("Kelmar County Governor Tomas Arvo danced at the festival.\n\n"
            "Arvo revealed his steps to the crowd at the stadium.\n\n"
            "Arvo unveiled his moves on the chessboard.")
    assert_statements(body, [])
