"""Helper h881 (sixhundredsixtythird, the Government of Dominica): a speech verb after "took a moment to" or "took to
his Facebook page to", an occasion or a medium taken to speak, as "took the opportunity to" (lexicon
_OCCASION_USED_TO_SPEAK); a name that opens the sentence, then its office in apposition with the closing comma left
out before the verb ("X, the new Permanent Representative of Y to the United Nations has informed …"), the name's
holder speaking (speech_subjects._name_before_unclosed_office)."""

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
