"""Rules from the hundred-seventy-third held-out set (White House statements and First Lady releases of 2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_printed_whole_after_a_full_remarks_by_lead_in_are_the_speakers():
    """"Full Remarks by First Lady X / (As Prepared for Delivery) / Good afternoon. / …": a release that prints a
    named person's prepared remarks whole, with no quote marks, after a lead-in that names them. Each paragraph
    after the lead-in and its heading is that person's direct statement. Before, nothing was given."""
    body = ("First Lady Mara Velt joined President Ivo Marr at the signing of the Tesland Children Act.\n\n"
            "Full Remarks by First Lady Mara Velt\n\n"
            "(As Prepared for Delivery)\n\n"
            "Good afternoon.\n\n"
            "This law is a powerful step forward for every family in our country.")
    assert_statements(body, [
        ("Mara Velt", "direct", "Good afternoon."),
        ("Mara Velt", "direct", "This law is a powerful step forward for every family in our country."),
    ])


def test_remarks_after_a_here_are_lead_in_with_a_heading_are_the_speakers():
    """"Here are X’s full remarks, as prepared for delivery, at the Y Awards. / Pledge to Celebrate Ambition /
    I applaud …": the possessive names the speaker; the short heading with no final stop is no one's words."""
    body = ("Mara Velt received the Lantern Award on Friday.\n\n"
            "Here are Mara Velt’s full remarks, as prepared for delivery, at the Lantern Awards.\n\n"
            "A Pledge to Imagine\n\n"
            "I applaud every inventor in Tesland.\n\n"
            "Let us celebrate those who dare to think differently.")
    assert_statements(body, [
        ("Mara Velt", "direct", "I applaud every inventor in Tesland."),
        ("Mara Velt", "direct", "Let us celebrate those who dare to think differently."),
    ])


def test_a_remarks_lead_in_that_names_no_one_gives_nothing():
    """The guard: "Here are the remarks, as prepared for delivery." names no person; the paragraphs after it
    stay unattributed."""
    body = ("The ceremony opened at noon.\n\n"
            "Here are the full remarks, as prepared for delivery.\n\n"
            "Thank you all for coming.")
    assert_statements(body, [])


def test_a_whole_quotation_signed_on_the_next_line_is_the_signers():
    """"“Today, … thanks to the President’s leadership.” / – National Security Advisor X" (2025-02-11): a statement
    printed as one quotation with no attribution, signed on its own line by a dash and a name. Before, the
    quotation was given to no one."""
    body = ("“Today, the envoy is leaving Varnian airspace with a released citizen of Tesland. "
            "This exchange is a sign of good faith.”\n\n"
            "– National Security Advisor Hana Brill")
    assert_statements(body, [
        ("Hana Brill", "direct",
         "Today, the envoy is leaving Varnian airspace with a released citizen of Tesland. "
         "This exchange is a sign of good faith."),
    ])


def test_a_dash_line_after_an_attributed_quotation_changes_nothing():
    """The guard: when the quotation already has its speaker, a dash line after it takes nothing."""
    body = ("“We will rebuild the bridge,” President Ivo Marr said.\n\n"
            "– Office of the Press Secretary")
    assert_statements(body, [
        ("Ivo Marr", "direct", "We will rebuild the bridge,"),
    ])


def test_a_release_printed_whole_in_one_pair_of_quote_marks_is_read_as_a_readout():
    """"“Today, President A and President B had a fantastic phone conversation. President B thanked … / … / The
    Presidents instructed their teams ….”" (2025-03-19, a statement by two officials quoted whole): the marks
    opening the first paragraph and closing the last wrap a written statement. The reported speech inside the
    first paragraph is found, and the last paragraph is no one's quotation. Before, the first paragraph was an
    unattributed quotation and the last was given to the last speaker."""
    body = ("“Today, President Ivo Marr and President Lena Osk had a long phone conversation. "
            "President Osk thanked President Marr for the help of Tesland.\n\n"
            "President Marr asked President Osk about the missing children.\n\n"
            "The Presidents instructed their teams to meet again soon.”")
    assert_statements(body, [
        ("Lena Osk", "indirect", "President Osk thanked President Marr for the help of Tesland."),
        ("Ivo Marr", "indirect", "President Marr asked President Osk about the missing children."),
    ])


def test_a_message_quoted_whole_in_the_first_person_stays_a_quotation():
    """The guard: a text quoted whole that speaks in the first person ("I", "we", "our") is someone's message or
    speech, not a release told in the third person: its paragraphs stay a quotation (here no one's: the body
    names no speaker), and no reported speech is read inside it."""
    body = ("“Dear friends, I thank President Lena Osk for her kind words.\n\n"
            "President Osk told me that our countries will work together.\n\n"
            "We will meet again soon.”")
    assert_statements(body, [])


def test_a_headline_passive_named_ends_the_name_before_it():
    """"First Lady Melania Trump Named “Patriot of the Year”" (2025-11-07): "Named" is the headline's verb, not
    the last word of the name. Before, the speaker was "Mara Velt Named"."""
    result = assert_statements("“We dare to imagine,” Mrs. Velt said.", [
        ("Mara Velt", "direct", "We dare to imagine,"),
    ], title="First Lady Mara Velt Named “Inventor of the Year”")
    assert [s.speaker for s in result.statements] == ["Mara Velt"]
