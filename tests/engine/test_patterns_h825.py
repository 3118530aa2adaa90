"""Statements found by helper h825's mends of known errors (stop 52): patterns the engine still got wrong in labelled sets,
and two review findings that change behaviour.

Each test is a small invented readout (invented people and places) and fails without its rule unless it says it guards.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET = "Minister Ida Morn met the delegates of the Velland Chamber of Commerce in Ostrava on Monday.\n\n"
_STRESSED = ("Minister Morn stressed that trade between the two countries had grown and noted that new routes would "
             "open soon.")


def test_how_many_had_attended_is_the_readouts_account():
    """"There had been more than forty participants at the meeting." after the Minister's report: how many attended, as
    "There were …" already was (before, the cheap test looked for "here w" and never let "There had been" through)."""
    assert_statements(_MET + _STRESSED + " There had been more than forty participants at the meeting.\n", [
        ("Ida Morn", "indirect", _STRESSED),
    ])


def test_how_many_were_there_stays_the_readouts_account():
    """Guard: "There were …" was read so already."""
    assert_statements(_MET + _STRESSED + " There were more than forty participants at the meeting.\n", [
        ("Ida Morn", "indirect", _STRESSED),
    ])


def test_a_count_is_read_only_inside_the_clause():
    """`_plural_noun_after_a_count` reads the words of text[lo:vs] only: a count word that opens the clause counts the
    noun after it ("two states"), and what stands before lo is never read (before, the word's start was found by a
    search that could run back over lo, so "two" at lo was read as "met. two" and missed, and a form at lo was judged
    by the previous sentence's last word)."""
    from readout_tui.engine.reported_speech import _plural_noun_after_a_count

    text = "The ministers met. two states remain partners."
    lo = text.index("two")
    assert _plural_noun_after_a_count(text, lo, text.index("states"))
    text = "The two states remain partners."
    assert not _plural_noun_after_a_count(text, text.index("states"), text.index("states"))
    assert _plural_noun_after_a_count(text, 0, text.index("states"))
    assert not _plural_noun_after_a_count("Article Two states that it holds.", 0, 12)


def test_a_statement_signed_on_behalf_of_a_body_reads_with_a_semicolon():
    """"A press statement signed on behalf of the ministry by X reads; “…”" (sixhundredthirteenth leadership): the quoted
    words are the signer's, as "A statement from X read: “…”" are (before, no one's: the semicolon written for the colon
    and the signer after "signed … by" were read by no rule)."""
    assert_statements((
        "Ministry denies report\n\n"
        "The Ministry of Foreign Affairs of Varnland has denied a report credited to the Speaker, Oren Valdek.\n\n"
        "A press statement signed on behalf of the ministry by Ilse Korrin Marrow reads; “The Ministry has never refused "
        "to appear before the House and remains ready to brief its members.”"
    ), [
        ("Ilse Korrin Marrow", "direct", "The Ministry has never refused to appear before the House and remains ready to "
                                        "brief its members."),
    ])


def test_a_semicolon_after_said_is_no_lead_in():
    """Guard: "X said; “…”" is no reading of a signed text: the semicolon closes a lead-in only after "reads" or "read"."""
    from readout_tui.engine.sentence_reading import _closes_a_lead_in

    assert _closes_a_lead_in("The statement reads; “…”", 19)
    assert _closes_a_lead_in("The letter read: “…”", 15)
    assert not _closes_a_lead_in("The minister said; “…”", 17)


def test_held_discussions_focusing_on_is_the_meetings_topic():
    """"…, he also held discussions with Speaker X, focusing on …" (sixhundredseventh ukrinform): what the talks were
    about, as after "met" (`focusing_on_a_meetings_topic`), narrative (before, "focusing on" made it his report)."""
    assert_statements((
        "Prime Minister meets Tarnian guest\n\n"
        "Prime Minister Aren Tolvik met Prime Minister of Tarnia Ilse Marrow in Ostrava.\n\n"
        "Earlier, the agency reported that Marrow arrived on May 28. In addition to meeting with Tolvik, she also held "
        "discussions with Speaker of Parliament Oren Valdek, focusing on interparliamentary cooperation.\n"
    ), [])


def test_described_focusing_on_stays_a_report():
    """Guard: "X described …, focusing on …" is still his (no meeting's verb before the comma)."""
    said = "Prime Minister Tolvik described the reforms of the past year, focusing on the new tax code."
    assert_statements((
        "Prime Minister meets Tarnian guest\n\n"
        "Prime Minister Aren Tolvik met Prime Minister of Tarnia Ilse Marrow in Ostrava.\n\n" + said + "\n"
    ), [("Aren Tolvik", "indirect", said)])


_DIET_TITLE = "Mr. Oren Valdek, Speaker of the Diet, discusses with the Tarnian Ambassador preparations for the session"
_CHARACTERISED = ("The Speaker of the Diet characterised the relations between Varnland and Tarnia as excellent with great "
                  "potential for development")


def test_a_characterisation_before_a_colon_is_a_report():
    """"X characterised the relations … as excellent …: „…”" with no cue after the quotation: the lead-in says something of
    its own (his view), his indirect statement up to the colon, as "X noted the great role of …:" (before, only the colon's
    quotation was his)."""
    assert_statements((
        "Ms. Ilse Marrow praised the contribution of the Diet. " + _CHARACTERISED
        + ": „I am convinced that the dynamics will continue.”\n"
    ), [
        ("Ilse Marrow", "indirect", "Ms. Ilse Marrow praised the contribution of the Diet."),
        ("Oren Valdek", "indirect", _CHARACTERISED),
        ("Oren Valdek", "direct", "I am convinced that the dynamics will continue."),
    ], title=_DIET_TITLE)


def test_an_office_whose_holder_closes_the_quotation_it_leads_in():
    """"The Speaker of the Diet characterised …: „…,” declared Mr. X." with the office given to X only in the title line: the
    office that opens the sentence is X's, named in the body first as the inverted speaker of the same sentence's
    quotation (before, a described subject was never one named first later in its sentence, and the lead-in was lost)."""
    assert_statements((
        "Ms. Ilse Marrow praised the contribution of the Diet. " + _CHARACTERISED
        + ": „I am convinced that the dynamics will continue,” declared Mr. Oren Valdek.\n"
    ), [
        ("Ilse Marrow", "indirect", "Ms. Ilse Marrow praised the contribution of the Diet."),
        ("Oren Valdek", "indirect", _CHARACTERISED),
        ("Oren Valdek", "direct", "I am convinced that the dynamics will continue"),
    ], title=_DIET_TITLE)


def test_an_office_before_and_former_with_no_comma_is_held_now():
    """"called on Varnland People's Party (VPP) President and former Prime Minister X" (no comma before the name): the
    first office is X's now, so "VPP President underscored …" is X's (before, only the former office was learnt)."""
    said = "VPP President underscored the importance of upholding parliamentary supremacy."
    assert_statements((
        "OSTRAVA, 12th Mar, 2025: Speaker National Assembly Aren Tolvik Wednesday called on Varnland People's Party "
        "(VPP) President and former Prime Minister Oren Valdek.\n\n" + said + "\n"
    ), [("Oren Valdek", "indirect", said)], title="NA Speaker calls on Oren Valdek")


def test_a_quotation_going_on_over_paragraphs_stays_its_speakers_though_it_tells_of_words():
    """The last paragraph of a signer's quotation run over paragraphs, closed by "…,” the statement clarifies." and telling
    in the third person of a letter "informing him that the Minister would be …": the signer's words going on, direct
    (before, read as a quoted release's reported speech and given to the Minister)."""
    first = "The Ministry has never refused to appear before the House."
    second = "By letter dated May 10, the Office of the Minister wrote to the Clerk, informing him that the Minister would be abroad at that time,"
    assert_statements((
        "Ministry denies report\n\n"
        "The Ministry of Foreign Affairs of Varnland has denied a report credited to the Speaker, Oren Valdek, that the "
        "Minister of Foreign Affairs, Aren Tolvik, shunned the House.\n\n"
        "A press statement signed on behalf of the ministry by Ilse Korrin Marrow reads; “" + first + "\n\n"
        "“" + second + "” the statement clarifies."
    ), [
        ("Ilse Korrin Marrow", "direct", first),
        ("Ilse Korrin Marrow", "direct", second),
    ])


def test_an_office_spelt_out_through_commas_again_is_its_holders():
    """"For his part, HE Deputy Secretary, Trade, Legal and Consular Group, in the Department of … Tarnia expressed …" after
    the same words stood before "Oren Valdek" in the first paragraph: the office spelt out again is his (before, "the Department
    of … Tarnia", a thing, spoke for no one, and his "He also thanked …" went to the host)."""
    office = ("HE Deputy Secretary, Trade, Legal and Consular Group, in the Department of Foreign Affairs and Trade of the "
              "Republic of Tarnia")
    expressed = "For his part, " + office + " expressed his country's appreciation for the constant mediation efforts."
    thanked = "He also thanked the State of Varnland for its efforts in evacuating Tarnian citizens."
    assert_statements((
        "HE Minister of State at the Ministry of Foreign Affairs Dr. Aren bin Saleh Al Tolvik met Wednesday with "
        + office + " Oren Valdek, who is visiting the country.\n\n"
        "During the meeting, they discussed cooperation relations between the two countries.\n\n"
        + expressed + " " + thanked + "\n"
    ), [("Oren Valdek", "indirect", expressed), ("Oren Valdek", "indirect", thanked)],
        title="Minister of State Meets Tarnian Deputy Secretary")


def test_a_bare_office_after_a_meeting_with_is_the_named_ones():
    """"… held a meeting with Chairman Senate, Oren Valdek at the Parliament House …" (no article, no "of"): the two words
    are his office, so a later "Chairman Senate, acknowledged …" and its "He expressed …" are his (before, the bare office
    was no one's and "He" went to the ambassador)."""
    acknowledged = "Chairman Senate, acknowledged the significant role played by Tarnia in promoting peace in the region."
    expressed = "He expressed Varnland’s readiness to strengthen its relations with Tarnia."
    assert_statements((
        "OSTRAVA, APR 5 – Ambassador of Tarnia to Varnland Sheikh Faris bin Khalid Al-Marri held a meeting with "
        "Chairman Senate, Oren Valdek at the Parliament House in Ostrava on Wednesday. During the meeting, Ambassador Al-Marri conveyed Tarnia’s keenness "
        "to enhance collaboration with Varnland. " + acknowledged + " " + expressed + "\n"
    ), [
        ("Faris bin Khalid Al-Marri", "indirect", "During the meeting, Ambassador Al-Marri conveyed Tarnia’s keenness "
                                                  "to enhance collaboration with Varnland."),
        ("Oren Valdek", "indirect", acknowledged),
        ("Oren Valdek", "indirect", expressed),
    ], title="Tarnia, Varnland agree on new avenues for cooperation")
