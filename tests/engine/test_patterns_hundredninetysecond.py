"""Rules from the hundred-ninety-second held-out set (president.gov.ua, Mar 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_spoke_about_this_in_an_interview_says_only_where():
    """"The Head of State spoke about this in an interview for …" (73893): only where he said what the sentence
    before reported, as "This was stated by X in an interview" is. Before, a statement of its own."""
    body = ("President Oren Talvik said that the defenders of Vessa refused to leave the city. "
            "The Head of State spoke about this in an interview for the Marra TV channel. "
            "\"They will not leave the wounded,\" he said.")
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "President Oren Talvik said that the defenders of Vessa refused to leave the city."),
        ("Oren Talvik", "direct", "They will not leave the wounded"),
    ])


def test_a_quotation_that_lost_its_opening_mark_after_a_report():
    """(73901) "According to X, this was …. We do not discuss "disarmament" at all. I said that … For me, these
    are … things," the President said.": the closing mark and its attribution say the first-person sentences
    before it are his words, back to the sentence reported of him. Before, only the last sentence, as indirect."""
    body = ("President Oren Talvik gave an interview to the Marra TV channel. "
            "According to Oren Talvik, the demand was a bluff that Dornland makes when it stalls the talks. "
            "We do not discuss \"disarmament\" at all. I said that we will not sit at the table if we talk about "
            "\"disarmament\". For me, these are empty words,\" the President said.")
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "According to Oren Talvik, the demand was a bluff that Dornland makes when it stalls the talks."),
        ("Oren Talvik", "direct",
         "We do not discuss \"disarmament\" at all. I said that we will not sit at the table if we talk about "
         "\"disarmament\". For me, these are empty words"),
    ])


def test_a_stray_closing_mark_after_a_report_takes_no_reported_sentence():
    """The lost opening mark is never put before a sentence reported of someone ("he noted"): with no
    first-person sentence before the mark, the quotation is not extended back at all (a guard: passes
    without the rule too)."""
    body = ("President Oren Talvik met the press in Vessa. "
            "He noted that the \"green\" plan is ready. The plan is ready,\" the President said.")
    assert_statements(body, [
        ("Oren Talvik", "indirect", "He noted that the \"green\" plan is ready."),
        ("Oren Talvik", "direct", "The plan is ready"),
    ])


def test_a_lower_case_quotation_after_the_comma_of_a_carried_on_sentence():
    """(73901) "After all, when …, "no one will ever recognize the results of this referendum."" right after
    "the Head of State stressed that …": the quotation is the sentence's main clause, so the sentence is his
    report carried on, whole. Before, only the quoted words, as a direct statement."""
    body = ("President Oren Talvik gave an interview to the Marra TV channel. "
            "The Head of State stressed that a vote will be possible only after the troops leave Vessa. "
            "After all, when the fighting goes on in the country, \"no one will ever accept the result of the vote.\"")
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "The Head of State stressed that a vote will be possible only after the troops leave Vessa."),
        ("Oren Talvik", "indirect",
         "After all, when the fighting goes on in the country, \"no one will ever accept the result of the vote.\""),
    ])


def test_a_quotation_split_by_its_attribution_keeps_its_second_half():
    """A guard of the rule above: '"The people of X," said the host, "stand side by side …."' is one quotation
    split by "said the host,": its lower-case second half after the comma stays the host's direct words."""
    body = ("President Oren Talvik met Prime Minister Ilse Varn in Vessa. "
            "\"The people of Dornland and Marra,\" said the host, \"stand side by side in the struggle for freedom - and against the tyranny that the invader is trying "
            "to spread.\"")
    assert_statements(body, [
        ("Oren Talvik", "direct", "The people of Dornland and Marra,"),
        ("Oren Talvik", "direct",
         "stand side by side in the struggle for freedom - and against the tyranny that the invader is trying to spread."),
    ])
