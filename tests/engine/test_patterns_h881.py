"""Helper h881 (sixhundredsixtythird, the Government of Dominica): a speech verb after "took a moment to" or "took to
his Facebook page to", an occasion or a medium taken to speak, as "took the opportunity to" (lexicon
_OCCASION_USED_TO_SPEAK); a name that opens the sentence, then its office in apposition with the closing comma left
out before the verb ("X, the new Permanent Representative of Y to the United Nations has informed …"), the name's
holder speaking (speech_subjects._name_before_unclosed_office); a stray closing mark after a space at a paragraph's
end opens nothing, so the next paragraph's quotation stays its speaker's (quotes._role)."""

from .test_patterns import assert_statements, run


def test_took_a_moment_to_express_gratitude():
    assert_statements(
        "Prime Minister Olen Marsk attended the swearing-in at Tessaly House.\n\n"
        "In addition, Prime Minister Marsk took a moment to express gratitude to the outgoing President for his years "
        "of service.",
        [("Olen Marsk", "indirect", "In addition, Prime Minister Marsk took a moment to express gratitude to the "
          "outgoing President for his years of service.")],
    )


def test_took_to_his_facebook_page_to_extend_congratulations():
    assert_statements(
        "Prime Minister of Tessaly, the Hon. Olen Marsk, took to his Facebook page to extend warm congratulations to "
        "the President-Elect on behalf of the Government.",
        [("Olen Marsk", "indirect", "Prime Minister of Tessaly, the Hon. Olen Marsk, took to his Facebook page to "
          "extend warm congratulations to the President-Elect on behalf of the Government.")],
    )


def test_took_a_moment_or_a_page_to_act_is_narrative():
    """Guard: a moment or a medium taken for an act, no verb of speech after "to", is no statement."""
    assert_statements(
        "Prime Minister Olen Marsk took a moment to visit the flooded district.\n\n"
        "Prime Minister Olen Marsk took to his Facebook page to post photographs of the ceremony.",
        [],
    )


def test_an_office_in_apposition_left_unclosed_is_the_opening_names():
    assert_statements(
        "Olen Marsk, the new Permanent Representative of Tessaly to the United Nations has informed Radio Dravik, of "
        "the various aspects which his job entails.",
        [("Olen Marsk", "indirect", "Olen Marsk, the new Permanent Representative of Tessaly to the United Nations "
          "has informed Radio Dravik, of the various aspects which his job entails.")],
    )


def test_an_unclosed_office_after_a_name_inside_a_phrase_is_not_the_names():
    """Guard: the name is the object of "In talks with", not the sentence's opening: the office speaks, not him."""
    result = run("In talks with Olen Marsk, the Ambassador of Tessaly said that cooperation is growing.")
    assert [s.speaker for s in result.statements] == ["The Ambassador of Tessaly"]


def test_a_stray_closing_mark_at_a_paragraphs_end_opens_nothing():
    assert_statements(
        "“We are ready,” Prime Minister Olen Marsk said in an interview this morning. ”\n\n"
        "He said the meeting was a wonderful opportunity.\n\n"
        "“Because it is only in the exchange of ideas that we grow.”",
        [("Olen Marsk", "direct", "We are ready"),
         ("Olen Marsk", "indirect", "He said the meeting was a wonderful opportunity."),
         ("Olen Marsk", "direct", "Because it is only in the exchange of ideas that we grow.")],
    )


def test_a_closing_mark_after_a_space_still_closes_an_open_quotation():
    """Guard: the same mark closes a quotation that is open, as before."""
    assert_statements(
        "Prime Minister Olen Marsk said: “We are ready to work together ”\n\n"
        "The talks lasted two hours.",
        [("Olen Marsk", "direct", "We are ready to work together")],
    )
