"""Rules from the hundred-fortieth held-out set (White House readouts of 2022): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_stray_closing_mark_ending_the_lead_is_no_quotation():
    """"… He also directed the team to press the energy industry to ensure that … at the pump to consumers.”"
    (2022-09-23): the readout's first paragraph ends on a closing mark with no opening mark before it and no
    attribution after it. Read as a quotation that lost its opening mark, the whole lead went to no one, its
    two reports of the President with it; nothing before the first paragraph can open a quotation, so the
    mark is a stray and the reports are read as they stand."""
    body = ("President Aldo Brenn met with members of his economic team for an update on the markets. "
            "President Brenn reiterated his commitment to bring down prices in Varnia. "
            "He also directed the team to press the banks to lower their fees.”\n\n"
            "The team will meet again next month.")
    assert_statements(body, [
        ("Aldo Brenn", "indirect", "President Brenn reiterated his commitment to bring down prices in Varnia."),
        ("Aldo Brenn", "indirect", "He also directed the team to press the banks to lower their fees.”"),
    ])


def test_a_lost_opening_mark_with_its_attribution_in_the_lead_is_kept():
    """The guard: a lead whose closing mark is followed by its attribution ("…,” the President said") is a
    quotation that lost its opening mark, and stays the speaker's words."""
    body = ("We are ready to work with every partner in the region,” President Aldo Brenn said on Monday.\n\n"
            "He met the ministers of Tesland later that day.")
    assert_statements(body, [
        ("Aldo Brenn", "direct", "We are ready to work with every partner in the region,"),
    ])


def test_a_lost_opening_mark_closing_a_message_is_kept():
    """The guard: a later paragraph of a message's text that closes with no opening mark (the source lost
    the mark of its last paragraph) is not the lead, and stays a quotation."""
    body = ("President Aldo Brenn sent a message of greetings to President Lena Osk of Tesland. The message "
            "reads, in part:\n\n"
            "“Our countries have long been friends.\n\n"
            "I am sure that our cooperation will go on growing stronger.”")
    got = run(body)
    last = [s for s in got.statements if "cooperation will go on" in s.text]
    assert last and last[0].kind == "direct", [(s.speaker, s.kind, s.text) for s in got.statements]
