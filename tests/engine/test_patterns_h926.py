"""Helper h926 (sevenhundredth, the Presidency of Côte d'Ivoire as English outlets print it): a paper's name whose last
word is a newspaper's, "Examiner", "Tribune", "Gazette", "Chronicle" ("Northland Examiner writes that …"), is an
outlet, as "Times", "Post" and "Journal" are, never a person who says it (lexicon.NON_PERSON_WORDS); a quotation
broken by its attribution sentence, "“…,” said X.", goes on after it with its reopening mark lost, up to a lone ” that
closes the paragraph ("… said X. May the steps … grow stronger. I want to assure … our citizens ”.") (quotes
`_resumed_after_attribution`); an outlet's name in capitals in brackets and a spaced dash opening a paragraph,
"(AFRICAN EXAMINER) – President X said …", is the page's credit, in no sentence (segments `_BRACKETED_CREDIT_DATELINE`)."""

from .test_patterns import assert_statements


def test_a_papers_name_ending_in_examiner_says_nothing():
    assert_statements(
        "President Ana Morel on Wednesday said that Prime Minister Ivo Brand has tendered his resignation.\n\n"
        "Northland Examiner writes that Brand, 66, was appointed in April after his predecessor died.",
        [("Ana Morel", "indirect",
          "President Ana Morel on Wednesday said that Prime Minister Ivo Brand has tendered his resignation.")],
    )


def test_papers_ending_in_tribune_gazette_chronicle_say_nothing():
    assert_statements(
        "President Ana Morel said that the talks in Calder had gone well.\n\n"
        "Southern Tribune reported that the talks lasted an hour.\n\n"
        "Calder Gazette writes that the ministers were present.\n\n"
        "Harbour Chronicle noted that the visit was the first since 2019.",
        [("Ana Morel", "indirect", "President Ana Morel said that the talks in Calder had gone well.")],
    )


def test_an_examiners_office_before_a_name_stays_the_persons():
    """Guard: "Examiner" or "Tribune" in an office before or beside a person's name leaves the name a person's (and
    "Chief Examiner" is no longer read into it: before the rule the speaker was a "Examiner Lora Venn")."""
    assert_statements(
        "Chief Examiner Lora Venn said that the papers were ready.\n\n"
        "The Tribune of the People, Marko Dell, stressed that the vote was fair.\n\n"
        "Venn added that more would follow.",
        [("Lora Venn", "indirect", "Chief Examiner Lora Venn said that the papers were ready."),
         ("Marko Dell", "indirect", "The Tribune of the People, Marko Dell, stressed that the vote was fair."),
         ("Lora Venn", "indirect", "Venn added that more would follow.")],
    )


def test_a_quotation_resumed_after_its_attribution_up_to_a_lone_closing_mark():
    assert_statements(
        "President Ana Morel spoke after the prayers at the Grand Mosque in Calder.\n\n"
        "“This feast is a feast of peace and of harmony,” said Ana Morel. May the steps taken for reconciliation "
        "grow stronger. I want to assure our citizens that we guarantee their safety ”.",
        [("Ana Morel", "direct", "This feast is a feast of peace and of harmony"),
         ("Ana Morel", "direct", "May the steps taken for reconciliation grow stronger. I want to assure our citizens "
                                 "that we guarantee their safety")],
    )


def test_a_narrative_sentence_before_a_stray_closing_mark_stays_narrative():
    """Guard: after "“…,” said X." a sentence in the third person before a lone ” is the page's, a stray mark."""
    assert_statements(
        "“This feast is a feast of peace and of harmony,” said Ana Morel. The crowd then left the mosque for the "
        "square ”.",
        [("Ana Morel", "direct", "This feast is a feast of peace and of harmony")],
    )


def test_an_outlets_bracketed_credit_and_dash_open_no_sentence():
    assert_statements(
        "(NORTHLAND EXAMINER) – President Ana Morel on Wednesday said that Prime Minister Ivo Brand has resigned.",
        [("Ana Morel", "indirect", "President Ana Morel on Wednesday said that Prime Minister Ivo Brand has resigned.")],
    )


def test_a_bracket_in_mixed_case_is_left_to_the_sentence():
    """Guard: only capitals in the brackets make the credit; "(Reuters) – " is left as it was read before, in the
    sentence."""
    assert_statements(
        "(Reuters) – President Ana Morel said that the talks had gone well.",
        [("Ana Morel", "indirect", "(Reuters) – President Ana Morel said that the talks had gone well.")],
    )
