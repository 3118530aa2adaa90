"""Helper h1025 (sevenhundredseventyeighth, Hebei province's leaders as outlets print them): a body's initials in
brackets inside a name's apposition ("Yeung Chun Fan, general manager of the Glorious Sun Group and chairman of
Jeanswest International (HK) Ltd, said he …") are no words of the apposition, so two offices with a bracket are not
taken for an aside too long to be one; a paper's name ending in "Daily" ("…, the Hebei Daily reported.") is no person
who reports, nor whom the next "He" means; "…, a Chinese official has said." closing a sentence governs all of it, the
article before the described speaker no clause of its own."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_bracketed_initials_in_a_two_office_apposition():
    body = (
        "Governor Dorin Vask met advisers from the coast in Tallow.\n\n"
        "Pell Marrow, head of the provincial council, said that his council would improve its services.\n\n"
        "Orin Tael Vo, general manager of the Bright Harbour Group and chairman of Brightwear International "
        "(HK) Ltd, said he, based on his own expertise, would make suggestions on provincial policies."
    )
    assert_statements(body, [
        ("Pell Marrow", "indirect",
         "Pell Marrow, head of the provincial council, said that his council would improve its services."),
        ("Orin Tael Vo", "indirect",
         "Orin Tael Vo, general manager of the Bright Harbour Group and chairman of Brightwear International "
         "(HK) Ltd, said he, based on his own expertise, would make suggestions on provincial policies."),
    ])


def _speakers(body: str) -> list[tuple[str | None, str]]:
    return [(getattr(s.speaker, "name", s.speaker), s.kind) for s in run(body).statements]


def test_bracketed_initials_count_for_nothing_in_a_long_aside():
    # guard: an aside of more than 14 words is read the same with or without a body's initials in brackets
    # inside it; the brackets neither lengthen nor shorten it past the limit
    words = ("Orin Tael Vo, who came back to Tallow last week after a long visit to the harbour towns of the "
             "northern coast with the Tallow Knitwear Union{} and its members, said the talks went well.")
    assert _speakers(words.format(" (TKU)")) == _speakers(words.format(""))


def test_a_paper_named_daily_is_no_reporter():
    body = (
        "Vask Province hopes to build more bridges with Marnek, Governor Dorin Vask has said.\n\n"
        "Vask made the comments during a speech at a forum held on Friday in Tallow, the Tallow Daily reported.\n\n"
        "He said the province also hopes to deepen cooperation with Marnek in sports."
    )
    assert_statements(body, [
        ("Dorin Vask", "indirect",
         "Vask Province hopes to build more bridges with Marnek, Governor Dorin Vask has said."),
        ("Dorin Vask", "indirect", "He said the province also hopes to deepen cooperation with Marnek in sports."),
    ])


def test_a_person_named_before_daily_words_stays_a_person():
    # guard: "daily" a lower-case adverb after a speaker's verb changes nothing
    body = "Governor Dorin Vask said the ferry would run daily between Tallow and Marnek."
    assert_statements(body, [
        ("Dorin Vask", "indirect", "Governor Dorin Vask said the ferry would run daily between Tallow and Marnek."),
    ])


def test_a_closing_cue_after_an_article_governs_the_sentence():
    body = (
        "Vask Province hopes to build more bridges with Marnek, a Vaskan official has said.\n\n"
        "Governor Dorin Vask made the comments at a forum in Tallow."
    )
    assert_statements(body, [
        ("Dorin Vask", "indirect", "Vask Province hopes to build more bridges with Marnek, a Vaskan official has said."),
    ])


def test_an_article_before_lower_case_words_is_no_closing_subject():
    # guard: after the article the words must be capitalised, as before any closing subject; "a local official" is
    # no one the readout names, and the sentence stays no one's
    body = (
        "Vask Province hopes to build more bridges with Marnek, a local official has said.\n\n"
        "Governor Dorin Vask made the comments at a forum in Tallow."
    )
    assert not any("Vask Province hopes" in s.text for s in run(body).statements)
