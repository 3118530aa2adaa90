"""Helper h1093 (eighthundredthirtysecond, the Governor of Mississippi's meetings and trade missions as papers print
them): a surname with an indefinite aside after a fronted phrase ("In the interview, X, a party surrogate …, said …");
a narrative sentence opened by an adverb before a known person's act, between two of his reports ("Shortly before …,
X was interviewed by …"); an AP tag with a lower-case qualifier before the office ("…, said agency spokeswoman X.");
a closing credit to a paper (", reports <Paper>.") that carries no one's words on; "addressed" a summit whose name
runs to four words; "name-dropped" as a speech verb."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_surname_with_an_indefinite_aside_after_a_fronted_phrase_speaks():
    body = (
        "Gov. Tomas Varno of Eldmark is in Orbia this week meeting officials.\n\n"
        "In the interview, Varno, a campaign surrogate during the last election, said the new premier will be a "
        "strong ally of Eldmark."
    )
    assert_statements(body, [
        ("Tomas Varno", "indirect", "In the interview, Varno, a campaign surrogate during the last election, said "
                                    "the new premier will be a strong ally of Eldmark."),
    ])


def test_a_body_with_an_indefinite_aside_stays_no_ones():
    # guard: the named thing before "a subsidiary of …" is a company, not a person: no speaker; and an unnamed
    # person-like description before an indefinite aside ("the chairman, a former banker, said …") is not read as
    # the subject past its aside, as a name is (fx64: without `outer.kind == "name"` it speaks as "the chairman")
    body = (
        "Gov. Tomas Varno of Eldmark opened the plant on Monday.\n\n"
        "Later, the company, a subsidiary of Orbel Holdings, said it would hire 200 workers.\n\n"
        "Later, the chairman, a former banker, said the plant would hire 200 workers."
    )
    assert_statements(body, [])


def test_an_adverb_opened_act_between_two_reports_is_narrative():
    body = (
        "Gov. Tomas Varno is in Orbia this week.\n\n"
        "Varno, who leads a trade delegation, spoke with the premier on Thursday about farm exports, Varno said in "
        "a post.\n\n"
        "Shortly before his visit with the premier, Varno was interviewed by the Orbian Herald. In the interview, "
        "Varno, a farmer by trade, said the premier will be a strong partner.\n\n"
        "“We want you to know that Eldmark is with Orbia,” Varno told the paper."
    )
    assert_statements(body, [
        ("Tomas Varno", "indirect", "Varno, who leads a trade delegation, spoke with the premier on Thursday about "
                                    "farm exports, Varno said in a post."),
        ("Tomas Varno", "indirect", "In the interview, Varno, a farmer by trade, said the premier will be a strong "
                                    "partner."),
        ("Tomas Varno", "direct", "We want you to know that Eldmark is with Orbia,"),
    ])


def test_a_lower_case_qualifier_before_the_office_in_a_closing_tag():
    body = (
        "Gov. Tomas Varno of Eldmark is in Orbia this week to promote trade.\n\n"
        "Two directors of the port authority are also on the trip, said agency spokeswoman Lina Morrow."
    )
    assert_statements(body, [
        ("Lina Morrow", "indirect", "Two directors of the port authority are also on the trip, said agency "
                                    "spokeswoman Lina Morrow."),
    ])


def test_a_preposition_before_an_office_is_no_qualifier():
    # guard: "with spokeswoman X" is an object after a preposition, not the speaker's office; the second paragraph's
    # "said with spokeswoman X at his side" reaches `_lower_qualifier_before_a_named_office` with the preposition
    # first (fx64: without its FUNCTION_WORDS test the quotation goes to Morrow)
    body = (
        "Gov. Tomas Varno of Eldmark met with spokeswoman Lina Morrow on Monday.\n\n"
        "The governor said the port would reopen in May.\n\n"
        "“The port would reopen in May,” said with spokeswoman Lina Morrow at his side."
    )
    assert_statements(body, [
        ("Tomas Varno", "indirect", "The governor said the port would reopen in May."),
    ])


def test_a_closing_credit_to_a_paper_carries_no_ones_words_on():
    body = (
        "President Ana Velk met a trade delegation led by Governor Tomas Varno of Eldmark on Tuesday.\n\n"
        "In her remarks, Velk welcomed the visitors and expressed hope that trade will grow. President Velk also "
        "expressed gratitude to the people of Eldmark, which became a sister state of Orbia in 1983. The capitals "
        "of the two also established sister city relations in the same year, reports Orbia Times."
    )
    assert_statements(body, [
        ("Ana Velk", "indirect", "In her remarks, Velk welcomed the visitors and expressed hope that trade will grow."),
        ("Ana Velk", "indirect", "President Velk also expressed gratitude to the people of Eldmark, which became a "
                                 "sister state of Orbia in 1983."),
    ])


def test_a_sentence_going_on_with_no_credit_is_still_carried():
    # guard: the same sentence with no closing credit goes on with her report, as before
    body = (
        "President Ana Velk met a trade delegation led by Governor Tomas Varno of Eldmark on Tuesday.\n\n"
        "President Velk said that trade between the two had doubled since 2015. This growth would help farmers in "
        "both countries, she said."
    )
    assert_statements(body, [
        ("Ana Velk", "indirect", "President Velk said that trade between the two had doubled since 2015."),
        ("Ana Velk", "indirect", "This growth would help farmers in both countries, she said."),
    ])


def test_addressing_a_summit_with_a_long_name_is_narrative():
    body = (
        "Governor Tomas Varno of Eldmark addressed the third annual Orbia Leader's Summit on Sunday.\n\n"
        "“We understand that so goes Orbia, so goes Eldmark,” Varno told the summit."
    )
    assert_statements(body, [
        ("Tomas Varno", "direct", "We understand that so goes Orbia, so goes Eldmark,"),
    ])


def test_addressing_the_needs_of_a_conference_is_still_speech():
    # guard: "of" among the words before the audience noun: the needs spoken to, as before
    body = "Governor Tomas Varno of Eldmark addressed the needs of the conference delegates."
    assert_statements(body, [
        ("Tomas Varno", "indirect", "Governor Tomas Varno of Eldmark addressed the needs of the conference "
                                    "delegates."),
    ])


def test_name_dropped_is_mentioned():
    body = (
        "Gov. Tomas Varno of Eldmark is planning a trade mission to Orbia in the autumn.\n\n"
        "Varno, not wanting to arrive empty-handed, name-dropped one of the largest rice groups, the Eldmark-based "
        "Vance Foods."
    )
    assert_statements(body, [
        ("Tomas Varno", "indirect", "Varno, not wanting to arrive empty-handed, name-dropped one of the largest rice "
                                    "groups, the Eldmark-based Vance Foods."),
    ])


def test_the_credited_sentence_without_its_credit_is_still_carried():
    # guard the rule's test reaches (the guard above has a cue of its own, "she said", so no carrying on is asked of
    # it): the same paragraph with the closing credit cut goes on with her report, as before the rule
    body = (
        "President Ana Velk met a trade delegation led by Governor Tomas Varno of Eldmark on Tuesday.\n\n"
        "In her remarks, Velk welcomed the visitors and expressed hope that trade will grow. President Velk also "
        "expressed gratitude to the people of Eldmark, which became a sister state of Orbia in 1983. The capitals "
        "of the two also established sister city relations in the same year."
    )
    assert_statements(body, [
        ("Ana Velk", "indirect", "In her remarks, Velk welcomed the visitors and expressed hope that trade will grow."),
        ("Ana Velk", "indirect", "President Velk also expressed gratitude to the people of Eldmark, which became a "
                                 "sister state of Orbia in 1983."),
        ("Ana Velk", "indirect", "The capitals of the two also established sister city relations in the same year."),
    ])
