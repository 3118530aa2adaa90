"""Rules from the hundred-eighty-ninth held-out set (White House releases of January-April 2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_signed_after_its_closing_mark_is_the_signers():
    """"“Today’s CPI report shows … .” — Karoline Leavitt, White House Press Secretary": a statement printed as
    one quotation and signed on the same line, after the closing mark. Before, the quotation had no speaker."""
    body = ("“Today’s report shows that the economy of Varnia is growing. Wages rose again in March.” "
            "— Tessa Lund, Palace Press Secretary\n\n"
            "Today’s figures showed inflation falling in February.")
    assert_statements(body, [
        ("Tessa Lund", "direct", "Today’s report shows that the economy of Varnia is growing. Wages rose again in March."),
    ])


def test_a_quotation_signed_by_no_person_gets_no_speaker():
    """The guard: "“…” — The Palace Office" signs with a body, not a person: no one's statement."""
    body = ("“Today’s report shows that the economy of Varnia is growing.” — The Palace Office\n\n"
            "Today’s figures showed inflation falling in February.")
    assert_statements(body, [])


def test_a_name_in_quote_marks_is_a_term_not_a_speaker():
    """"White House to Replace Historic “Jackson Magnolia” with Descendant Sapling" … "the “Jackson Magnolia,”"
    … "remove the Jackson Magnolia" … "Jackson Magnolia: The “Jackson Magnolia” is a Southern magnolia …": a tree's
    name in quote marks, and after "the", is no person. Before, the background's "Term: …" line was read as the
    tree's turn, and the spokesperson's unsigned quotations were given to it."""
    body = ("The Palace announced today that the “Franklin Oak,” has been removed from the Palace Grounds.\n\n"
            "“After careful study, the Palace has made the decision to remove the Franklin Oak to ensure the safety "
            "of visitors,” said a Palace spokesperson.\n\n"
            "The Park Service provided the following, “The ‘Franklin Oak’ tree has reached the end of its life.”\n\n"
            "Franklin Oak: The “Franklin Oak” is a white oak on the south lawn of the Palace.")
    assert_statements(body, [], title="Palace to Replace Historic “Franklin Oak” with Descendant Sapling")


def test_a_quoted_name_that_is_a_person_elsewhere_still_speaks():
    """The guard: a person named in full outside quote marks still speaks; only the quoted term is dropped."""
    body = ("The Palace named the new garden the “Franklin Oak Garden,”.\n\n"
            "“The garden is open to all,” said Minister Ivo Marr.")
    assert_statements(body, [("Ivo Marr", "direct", "The garden is open to all")])


def test_an_aerospace_firm_that_announces_is_no_person():
    """"GE Aerospace announced it will invest $1 billion …": a firm, not a Mr GE Aerospace."""
    body = "Kestrel Aerospace announced it will invest $1 billion in its Varnian plants, creating 5,000 jobs."
    assert_statements(body, [])


def test_a_thing_announced_is_not_carried_on_over_the_readouts_account():
    """"Today, President Trump announced a first-of-its-kind overhaul of Federal procurement policy … . The Office of
    Federal Procurement Policy (OFPP) within the Office of Management and Budget (OMB) will conduct …": the
    announcement of a thing, the sentence after it the release's own account. Before, it was carried on."""
    body = ("Today, President Ivo Marr announced a first-of-its-kind overhaul of procurement policy in order to "
            "increase competition. The Office of Procurement Policy within the Treasury of Varnia will conduct a "
            "sweeping review of the rules.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Today, President Ivo Marr announced a first-of-its-kind overhaul of procurement "
                                 "policy in order to increase competition."),
    ])


def test_delivered_remarks_with_a_speech_participle_is_a_statement():
    """"President X delivered bold, forward-looking remarks before a joint session of Congress — highlighting the
    accomplishments …": remarks whose content a speech participle gives. Before, nothing was given."""
    body = ("Tonight, President Ivo Marr delivered bold, forward-looking remarks before a joint session of "
            "Parliament — highlighting the accomplishments of his first year in office.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Tonight, President Ivo Marr delivered bold, forward-looking remarks before a joint "
                                 "session of Parliament — highlighting the accomplishments of his first year in office."),
    ])


def test_delivered_remarks_alone_stay_narrative():
    """The guard: "delivered remarks at the dinner." tells only that a speech was made."""
    body = "President Ivo Marr delivered remarks at the state dinner in Varnia."
    assert_statements(body, [])


def test_a_washington_dateline_is_in_no_statement():
    """"WASHINGTON, D.C. – First Lady X previewed … in an announcement detailing …", "Washington, D.C. – Today,
    President X announced …": the release's dateline is no one's words. Before, it opened the statement."""
    body = ("WASHINGTON, D.C. – First Lady Mara Velt announced that the Palace will open for public tours on "
            "Tuesday.\n\n"
            "Washington, D.C. – Today, Minister Ivo Marr announced that the garden will open in May.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "First Lady Mara Velt announced that the Palace will open for public tours on Tuesday."),
        ("Ivo Marr", "indirect", "Today, Minister Ivo Marr announced that the garden will open in May."),
    ])


def test_thanks_for_a_deed_are_not_carried_on_by_this():
    """"The First Lady thanked House Republican leadership for expediting this bill and commended Members … . This
    significant achievement aligns with her ‘Be Best’ initiative …": thanks for a deed; the "This …" sentence after
    them is the release's own praise. Before, it was carried on as hers."""
    body = ("First Lady Mara Velt thanked the Varnian Parliament for passing the Child Safety Act and commended "
            "members of both parties. This significant achievement aligns with her initiative on child safety.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "First Lady Mara Velt thanked the Varnian Parliament for passing the Child Safety "
                                  "Act and commended members of both parties."),
    ])
