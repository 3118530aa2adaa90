"""Helper h900 (sixhundredeightieth, Report News Agency, Report.az's English items): an agency's tag paragraph after a
quotation, a credit then only who spoke ("“…”." / "Report informs, Minister … X said.", "Report informs, X told a press
conference.", "Report informs, this was stated by X, commenting on …"): the quotation is X's, the tag no statement
(sentence_reading._agency_tag_paragraph, read in _quote_cue and statements._read_sentences)."""

from .test_patterns import assert_statements


def test_agency_tag_paragraph_gives_the_quotation_before_its_speaker():
    assert_statements(
        "Tarvik. 7 May. \"The reform of the ministry will bring openness from now on\".\n\n"
        "Velnews informs, Minister of Ecology and Natural Resources Oren Balt said.\n\n"
        "Regarding the structural reforms, the Minister said that it is too early to speak about them.",
        [("Oren Balt", "direct", "The reform of the ministry will bring openness from now on"),
         ("Oren Balt", "indirect", "Regarding the structural reforms, the Minister said that it is too early to "
          "speak about them.")],
    )


def test_agency_tag_told_a_press_conference_is_no_statement():
    assert_statements(
        "“The process of organising meetings goes on constantly.”\n\n"
        "Velnews informs, US co-chair of the Tarvik Group Marta Selin told a press conference.\n\n"
        "\"I hope a meeting will take place very soon\", the co-chair added.",
        [("Marta Selin", "direct", "The process of organising meetings goes on constantly."),
         ("Marta Selin", "direct", "I hope a meeting will take place very soon")],
    )


def test_agency_credit_before_this_was_stated_by():
    assert_statements(
        "Tarvik. 7 December. \"The Tarvik Group is making efforts to hold a meeting of the two presidents.\"\n\n"
        "Velnews informs, this was stated by the US Ambassador Ilse Marrow, commenting on a possible meeting to the "
        "journalists.\n\n"
        "According to her, the US looks forward to such a meeting before the end of the month.",
        [("Ilse Marrow", "direct", "The Tarvik Group is making efforts to hold a meeting of the two presidents."),
         ("Ilse Marrow", "indirect", "According to her, the US looks forward to such a meeting before the end of the "
          "month.")],
    )


def test_agency_credit_before_a_report_is_read_as_before():
    """Guard: a credit before a report with content ("Velnews informs citing the ministry, X said that …") is no tag
    paragraph: the report stays X's statement, read as before."""
    assert_statements(
        "Foreign Minister Oren Balt met with Ambassador Marta Selin in Tarvik.\n\n"
        "Velnews informs citing the ministry, Oren Balt said that the talks were useful.",
        [("Oren Balt", "indirect", "Oren Balt said that the talks were useful.")],
    )


def test_editor_in_chief_is_an_office_after_a_bodys_possessive():
    """"Velnews's Editor-in-Chief X briefed the guest … and said that …": the office, not a part of his name, and the
    phrase a person, not a thing (lexicon.ROLE_WORDS "editor-in-chief")."""
    assert_statements(
        "Deputy Oren Balt visited the head office of Velnews.\n\n"
        "After getting acquainted with the office, Velnews's Editor-in-Chief Marta Selin briefed the guest on the "
        "agency's activities and said that it broadly covered the news about Tarvik.",
        [("Marta Selin", "indirect", "After getting acquainted with the office, Velnews's Editor-in-Chief Marta Selin "
          "briefed the guest on the agency's activities and said that it broadly covered the news about Tarvik.")],
    )


def test_editor_in_chief_byline_is_no_statement():
    """Guard: a byline naming a chief editor ("By: X Chief Editor of Y") says nothing."""
    assert_statements(
        "Foreign Minister Oren Balt met Ambassador Marta Selin in Tarvik.\n\nBy: Ilse Marrow Chief Editor of Velnews",
        [],
    )


def test_initial_before_surname_keeps_a_colon_lead_ins_report():
    """"R.Hoagland also added that …: “…”" (sentence_reading._CONTENT_BEFORE_COLON): the initial's full stop is no
    sentence's end, so the report before the colon stays his indirect statement, as with "Hoagland also added that …"."""
    assert_statements(
        "Co-chair Marta Selin spoke to journalists in Tarvik.\n\n"
        "M.Selin also added that at present Veloria leads the process: \"It makes me glad. We act as one whole\".",
        [("Marta Selin", "indirect", "M.Selin also added that at present Veloria leads the process"),
         ("Marta Selin", "direct", "It makes me glad. We act as one whole")],
    )


def test_sentence_stop_before_a_colon_lead_in_still_cuts():
    """Guard: a full stop after a word, not an initial, still ends what the colon's lead-in may hold ("… talks. He
    said: “…”" gives "He said" no report of its own)."""
    assert_statements(
        "Co-chair Marta Selin spoke to journalists in Tarvik after the talks. She said: \"We act as one whole\".",
        [("Marta Selin", "direct", "We act as one whole")],
    )


def test_quotation_with_lost_opening_mark_before_an_agency_tag():
    """"Tarvik. 11 March.VELNEWS/ … rarely\"." / "Velnews informs, X told a press conference.": a quotation whose opening
    mark was lost, past the agency's dateline, is X's (statements._unopened_quotation_before)."""
    assert_statements(
        "Tarvik. 11 March.VELNEWS/ Meetings between the two sides are held constantly. There are periods when they "
        "meet often, sometimes, rarely\".\n\n"
        "Velnews informs, co-chair of the Tarvik Group Marta Selin told a press conference.",
        [("Marta Selin", "direct", "Meetings between the two sides are held constantly. There are periods when they "
          "meet often, sometimes, rarely")],
    )


def test_narrative_before_an_agency_tag_stays_no_ones():
    """Guard: a paragraph of narrative with no closing mark before an agency's tag paragraph is no one's words."""
    assert_statements(
        "Tarvik. 11 March.VELNEWS/ The co-chairs of the Tarvik Group arrived in Tarvik on Monday.\n\n"
        "Velnews informs, co-chair of the Tarvik Group Marta Selin told a press conference.",
        [],
    )
