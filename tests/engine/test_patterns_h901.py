"""Helper h901 (sixhundredeightyfirst, Ecuador's foreign ministry and presidency as English outlets print them): a seat
of government telling a quotation after it ("“…,” the White House said in a press release. “…”", sentence_reading
`_BODY_NOUNS`) is a body, its words and an untagged quotation after them in the paragraph no one's
(`_goes_on_from_a_bodys_quotation`); "hinted to" as "hinted at" (lexicon's "hinted" entry)."""

from .test_patterns import assert_statements


def test_the_white_house_telling_a_quotation_is_a_body():
    assert_statements(
        "President Karl Dorn met with Premier Ana Vell in 2003.\n\n"
        "“This visit is an opportunity to expand ties with Ostria,” the White House said in a press release. “We hope "
        "to discuss trade and security in the region.”",
        [],
    )


def test_the_kremlin_telling_a_quotation_is_a_body():
    assert_statements(
        "President Karl Dorn met with Premier Ana Vell in Varno.\n\n"
        "“The talks were held in a constructive atmosphere,” the Kremlin said.",
        [],
    )


def test_a_person_between_a_bodys_quotation_and_the_next_keeps_it():
    """Guard: a person's report between the body's quotation and an untagged one: the untagged one is that person's."""
    assert_statements(
        "President Karl Dorn met with Premier Ana Vell in Varno.\n\n"
        "“The talks were held in a constructive atmosphere,” the ministry said. Dorn said the talks went well. “We "
        "hope to discuss trade next year.”",
        [("Karl Dorn", "indirect", "Dorn said the talks went well."),
         ("Karl Dorn", "direct", "We hope to discuss trade next year.")],
    )


def test_a_person_at_the_white_house_still_speaks():
    """Guard: "the White House" as a place after a person's tag."""
    assert_statements(
        "President Karl Dorn met with Premier Ana Vell.\n\n"
        "“This visit is an opportunity to expand ties with Ostria,” Dorn said at the White House.",
        [("Karl Dorn", "direct", "This visit is an opportunity to expand ties with Ostria")],
    )


def test_an_untagged_quotation_after_a_ministrys_goes_on_with_it():
    assert_statements(
        "President Karl Dorn met with Premier Ana Vell in Varno.\n\n"
        "“The talks were held in a constructive atmosphere,” the ministry said. “Both sides look forward to the "
        "next round in the spring.”",
        [],
    )


def test_hinted_to_is_hinted_at():
    assert_statements(
        "Foreign Minister Karl Dorn met Ana Vell in Varno.\n\n"
        "Dorn hinted to new developments in the case of the detained sailors.",
        [("Karl Dorn", "indirect", "Dorn hinted to new developments in the case of the detained sailors.")],
    )


def test_hinted_with_no_preposition_says_nothing():
    """Guard: "hinted" with neither "that", "at" nor "to" after it."""
    assert_statements(
        "Foreign Minister Karl Dorn met Ana Vell in Varno.\n\n"
        "The smile Dorn hinted was gone by the evening.",
        [],
    )
