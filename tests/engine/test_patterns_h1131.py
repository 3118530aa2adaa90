"""Helper h1131 (eighthundredsixtysecond, the Governor of Tennessee and those he meets or deals with abroad): an
unnamed official who tags a quotation ("“…,” an official from the group said."); "X said during <an occasion> on
<day> he has …" with no "that"; "The governor's comments to reporters came in response to …", why he spoke; "X is
calling <a thing brought in by an article> a “<praise>”"; a place's dateline before a dash typed as two hyphens.
Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_MET = ("Gov. Aldo Venn of the state of Marova met with officials from Kestrel Group in Ostrel last week to discuss "
        "business ties, the company said Sunday.")
_QUOTED = ("Marova boasts an outstanding workforce and tax environment, offering favorable conditions for companies "
           "seeking to enter the market,")


def test_an_unnamed_official_who_tags_a_quotation_is_its_speaker():
    """"“…,” an official from the group said.": one person known by those words, no one named. Before, the quotation
    had no speaker."""
    body = "\n\n".join([_MET, f"\u201c{_QUOTED}\u201d an official from the group said."])
    result = assert_statements(body, [("an official from the group", "direct", _QUOTED)])
    assert [s.speaker for s in result.statements] == ["an official from the group"]


def test_an_unnamed_official_of_a_ministry_who_told_reporters():
    """The same with "of the <body>" and "told reporters"."""
    body = "\n\n".join([_MET, f"\u201c{_QUOTED}\u201d an official of the trade ministry told reporters."])
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements] == [("an official of the trade ministry", _QUOTED[:-1])]


def test_an_unnamed_official_with_no_body_after_him_stays_unattributed():
    """The guard: "“…,” a tourism official said." names no body he is of: the quotation keeps no speaker (styles57's
    trap)."""
    body = "\n\n".join([_MET, f"\u201c{_QUOTED}\u201d a tourism official said."])
    result = run(body)
    assert all(s.speaker is None for s in result.statements)


def test_an_official_who_reports_another_s_words_is_not_the_speaker():
    """The guard: "Venn replied that …, an official said." with no quotation before the official: the official is
    not made a speaker of the report (the sentence stays as it was, Venn's)."""
    body = "\n\n".join([_MET, "Venn replied that the plant would open next year, an official said."])
    result = run(body)
    assert all(s.speaker != "an official" for s in result.statements)
    assert any(s.speaker == "Aldo Venn" and s.text.startswith("Venn replied") for s in result.statements)


_DURING = ("Venn said during a question-and-answer session at the Marova Automotive Conference in Ostrel on Tuesday he "
           "has been in close contact with officials in Veltria.")


def test_said_during_an_occasion_on_a_day_then_a_clause_with_no_that():
    """"X said during … on Tuesday he has been …": what he said, "that" left out. Before, read as only where he
    spoke."""
    assert_statements("\n\n".join([_MET, _DURING]), [("Aldo Venn", "indirect", _DURING)])


def test_said_during_an_occasion_alone_is_still_no_statement_of_its_own():
    """The guard: "Venn said during … on Tuesday." with nothing after the day tells only where he spoke."""
    body = "\n\n".join([_MET, "Venn said during a question-and-answer session at the Marova Automotive Conference "
                              "in Ostrel on Tuesday."])
    result = run(body)
    assert not any(s.text.startswith("Venn said during") for s in result.statements)


_TALKS = ("Governor Aldo Venn said Monday his administration is having \"very productive conversations\" with Orvane "
          "Motors about a new plant, but that \"it would be very premature to say we have a deal.\"")
_CAME = ("The governor's comments to reporters came in response to reports last week in a Veltrian newspaper saying "
         "the maker was nearing a decision.")


def test_the_governors_comments_came_in_response_to_is_narrative():
    """"The governor's comments to reporters came in response to reports …": why he spoke, no words of his. Before,
    carried on as his statement."""
    assert_statements(_TALKS + " " + _CAME, [("Aldo Venn", "indirect", _TALKS)])


def test_a_sentence_about_his_comments_that_reports_more_stays_his():
    """The guard: a sentence after the report that tells more of what he said ("The governor also said …") stays
    his."""
    other = "The governor also said the plant would hire 500 workers."
    assert_statements(_TALKS + " " + other, [("Aldo Venn", "indirect", _TALKS), ("Aldo Venn", "indirect", other)])


_CALLING = "Governor Aldo Venn is calling a new trade deal between Marova and Veltria a \u201cwin for Marova\u2019s farmers\u201d."


def test_calling_a_thing_brought_in_by_an_article_a_quoted_praise():
    """"X is calling a new trade deal between A and B a “win …”": what he says it is. Before, the long object (more
    than four words, an article first) made no statement."""
    assert_statements(_CALLING, [("Aldo Venn", "indirect", _CALLING)])


def test_a_telephone_call_with_a_quoted_word_later_is_no_statement():
    """The guard: "called the President of Veltria a day after the vote" names a telephone call, no "a “…”"."""
    body = "Governor Aldo Venn called the President of Veltria a day after the vote to discuss the new trade deal."
    result = run(body)
    assert result.statements == [] or all(s.speaker is None for s in result.statements)


def test_a_place_before_a_dash_of_two_hyphens_is_no_part_of_the_statement():
    """"KELTHAVEN -- Governor X said …": the place is a dateline, in no statement. Before, it opened the statement."""
    said = "Governor Aldo Venn said Monday his administration is having productive talks with Orvane Motors."
    assert_statements("KELTHAVEN -- " + said, [("Aldo Venn", "indirect", said)])
