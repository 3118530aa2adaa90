"""Helper h926 (sevenhundredth, the Presidency of Côte d'Ivoire as English outlets print it): a paper's name whose last
word is a newspaper's, "Examiner", "Tribune", "Gazette", "Chronicle" ("Northland Examiner writes that …"), is an
outlet, as "Times", "Post" and "Journal" are, never a person who says it (lexicon.NON_PERSON_WORDS)."""

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
