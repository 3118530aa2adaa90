"""Mends of the review hr63's findings on the rules of h1204 and h1206: "was responding to …" with the responder's own
words after "when/as/while he …" or ", and she …"; "claimed the seat she had won" (a relative clause, no words); and a
grant "not released" (money, not news) carried on as the speaker's report. Invented readouts, people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "Governor Anwe Tarn of Kell State on Monday hosted a meeting of farmers at the Government House.\n\n"


def test_responding_when_he_assured_is_the_responders_words():
    """(hr63 p16) "The Minister of Works, Dalo Venn, was responding to concerns raised by the farmers when he assured
    them that …": the responder's own words after "when he" and a speech verb; the sentence is his, not the last
    speaker's (before, "he" fell to the Governor)."""
    body = (_LEAD + "Governor Tarn said the state would buy seed for the farmers.\n\n"
            "The Minister of Works, Dalo Venn, was responding to concerns raised by the farmers when he assured them "
            "that the road would be completed by June.")
    assert_statements(body, [
        ("Anwe Tarn", "indirect", "Governor Tarn said the state would buy seed for the farmers."),
        ("Dalo Venn", "indirect", "The Minister of Works, Dalo Venn, was responding to concerns raised by the farmers "
         "when he assured them that the road would be completed by June."),
    ])


def test_responding_and_she_promised_is_one_statement():
    """(hr63 p05) "Ms Marsa Tovo was responding to a request from the farmers to build a market, and she promised that
    …": the whole sentence is hers, the occasion with her words (before, only the clause after "and" was)."""
    body = (_LEAD + "Ms Marsa Tovo was responding to a request from the farmers to build a market, and she promised "
            "that work would begin soon.")
    assert_statements(body, [
        ("Marsa Tovo", "indirect", "Ms Marsa Tovo was responding to a request from the farmers to build a market, and "
         "she promised that work would begin soon."),
    ])


def test_responding_as_the_occasion_still_tells_no_words():
    """The guard: "was responding to a question posed by …" with no words of the responder's after it is the
    occasion, narrative (h1204's rule); the statement is the next sentence's."""
    body = (_LEAD + "The Minister was responding to a question posed by a farmer on the price of seed. "
            "He said the price would fall.")
    assert_statements(body, [
        ("Anwe Tarn", "indirect", "He said the price would fall."),
    ])


def test_claimed_the_thing_a_pronoun_had_won_is_no_statement():
    """(hr63 p01) "Senator Brill claimed the seat she had won …", "Governor Tarn claimed the prize he was awarded …":
    "the" and a noun, then a subject pronoun and an auxiliary, is a relative clause on the thing claimed, no content
    clause (before, each was read as a that-less "claimed" and an indirect statement)."""
    body = ("Governor Anwe Tarn of Kell State on Monday met Senator Ossa Brill in Kell City.\n\n"
            "Senator Brill claimed the seat she had won in the 2019 election. "
            "Governor Tarn claimed the prize he was awarded at the summit.")
    assert_statements(body, [])


def test_claimed_the_noun_and_an_auxiliary_still_speaks():
    """The guard: "claimed the attack was …", "claimed the farmers had …" (h1206's that-less clause) still speak."""
    body = ("Governor Anwe Tarn of Kell State on Monday met Senator Ossa Brill in Kell City.\n\n"
            "Senator Brill claimed the farmers had been cheated.")
    assert_statements(body, [
        ("Ossa Brill", "indirect", "Senator Brill claimed the farmers had been cheated."),
    ])


def test_grant_not_released_is_the_report_carried_on():
    """(hr63 p13) "Governor Tarn said revenue had fallen. The grant from the federal government has not been released,
    leaving a gap …": money not released is no note on what is not known; the Governor's report goes on (before,
    "released" alone made it the writer's note)."""
    body = ("Governor Anwe Tarn of Kell State on Monday presented the budget to the Kell Assembly.\n\n"
            "Governor Tarn said revenue had fallen. The grant from the federal government has not been released, "
            "leaving a gap of two billion.")
    assert_statements(body, [
        ("Anwe Tarn", "indirect", "Governor Tarn said revenue had fallen."),
        ("Anwe Tarn", "indirect", "The grant from the federal government has not been released, leaving a gap of two "
         "billion."),
    ])


def test_details_not_released_is_still_the_writers_note():
    """The guard: "The details of the plan have not been released." (news for its subject), a paragraph of its own
    after the report, stays the writer's note, as h1206's "not disclosed"."""
    body = ("Governor Anwe Tarn of Kell State on Monday presented the budget to the Kell Assembly.\n\n"
            "Governor Tarn said revenue had fallen.\n\nThe details of the borrowing plan have not been released.")
    assert_statements(body, [
        ("Anwe Tarn", "indirect", "Governor Tarn said revenue had fallen."),
    ])
