"""Rules from the two-hundred-eleventh held-out set (president.gov.ua English news, November-December 2021):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_office_of_the_head_of_state_is_the_presidents_office():
    """"In conclusion, the deputy head of the Office of the Head of State said that …, so he called on …" after
    "Deputy Head of the Office of the President of Ukraine Rostyslav Shurma" (two-hundred-eleventh 72221): the same
    office named another way. Before, the subject was no one known and only the "so he called on …" clause was his."""
    body = ("Tariffs will not rise this winter. This was stated by Deputy Head of the Office of the President of "
            "Ostria Lem Varko. In conclusion, the deputy head of the Office of the Head of State said that populist "
            "politicians often speculate on tariffs, so he called on citizens to look at the facts.")
    assert_statements(body, [
        ("Lem Varko", "indirect", "Tariffs will not rise this winter."),
        ("Lem Varko", "indirect", "In conclusion, the deputy head of the Office of the Head of State said that populist "
                                  "politicians often speculate on tariffs, so he called on citizens to look at the facts."),
    ])


def test_the_head_of_state_himself_is_still_the_president():
    """Guard: "the Head of State" alone stays the President, not the head of his office."""
    body = ("President of Ostria Dan Kessel met Deputy Head of the Office of the President Lem Varko. "
            "The Head of State said that the reform would go on.")
    assert_statements(body, [
        ("Dan Kessel", "indirect", "The Head of State said that the reform would go on."),
    ])


def test_what_a_signed_law_provides_is_not_the_signers_words():
    """"…," Volodymyr Zelenskyy said. The anti-oligarchic law provides a legal framework for … . … The law gives big
    business enough time …" (two-hundred-eleventh 71445): the press office's account of the law between two of his
    quotations, not his words carried on ("provides" with no "for", and "gives")."""
    body = ("President Dan Kessel signed the law on monopolies. \"No company stands above the law. Our citizens voted "
            "for this change,\" Dan Kessel said. The new law provides a legal framework for separating business "
            "from politics. The obligation to declare such contacts will apply to all officials. The law gives big "
            "business six months to adapt. \"There was resistance, and there will be more of it,\" the President "
            "stressed.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "No company stands above the law. Our citizens voted for this change,"),
        ("Dan Kessel", "direct", "There was resistance, and there will be more of it,"),
    ])


def test_a_report_goes_on_after_a_quotation_when_no_document_is_described():
    """Guard: a sentence between two of his quotations that describes no document still carries his report on."""
    body = ("President Dan Kessel spoke at the forum. \"No company stands above the law. Our citizens voted for this "
            "change,\" Dan Kessel said. This means that the work must continue without delay. \"There was resistance, "
            "and there will be more of it,\" the President stressed.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "No company stands above the law. Our citizens voted for this change,"),
        ("Dan Kessel", "indirect", "This means that the work must continue without delay."),
        ("Dan Kessel", "direct", "There was resistance, and there will be more of it,"),
    ])


def test_a_quotation_resumed_after_a_dash_is_the_same_speakers():
    """""For the first time in a long time, there is a real opportunity …," … Andriy Kostin said. - The Ukrainian side
    is completely ready for this. It is important that we see … this step."" (two-hundred-eleventh 72237): the
    quotation goes on after its attribution behind a dash, its opening mark never written. Before, its first sentence
    was lost and the second read as his indirect statement."""
    body = ("The contact group met today. \"For the first time in months, there is a real chance of a ceasefire,\" "
            "Deputy Head of the Delegation Orin Sall said. - The Ostrian side is completely ready for this. It is "
            "important that the other side is ready too.\"")
    assert_statements(body, [
        ("Orin Sall", "direct", "For the first time in months, there is a real chance of a ceasefire,"),
        ("Orin Sall", "direct", "The Ostrian side is completely ready for this. It is important that the other side "
                                "is ready too."),
    ])


def test_a_dash_after_a_narrative_sentence_opens_no_quotation():
    """Guard: a dash after a sentence that is no quotation's attribution, and no closing mark after it, leaves the
    text as it is."""
    body = ("The contact group met today. \"There is a real chance of a ceasefire,\" Orin Sall said. The talks went "
            "on. - The next round is planned for May.")
    assert_statements(body, [
        ("Orin Sall", "direct", "There is a real chance of a ceasefire,"),
    ])
