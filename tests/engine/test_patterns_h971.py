"""Helper h971 (sevenhundredthirtyfourth, the Governor of Washington State as its newsroom and outlets print it): the
plain form "urge" after "continues to", "X continues to urge Congress to support …", X's indirect statement, as
"continues to call on" (lexicon, the "urge" complement, read by speech_subjects `_GLAD_TO`); the noun ("an urge to
travel") and a plain "urge" with no one to act stay no statement."""

from .test_patterns import assert_statements

OPENING = "Governor Dana Morrow met the Premier of Ostravia, Ema Lind, in Port Arlen on Friday."


def test_continues_to_urge_a_body_to_act_is_the_speakers_report():
    assert_statements(
        OPENING + "\n\nMorrow continues to urge the Legislature to fund the new rail link to Port Arlen.",
        [("Dana Morrow", "indirect",
          "Morrow continues to urge the Legislature to fund the new rail link to Port Arlen.")])


def test_the_urge_to_travel_is_no_statement():
    # guard: the noun, no one urged to act
    assert_statements(
        OPENING + "\n\nThe urge to travel between the two regions has grown since the new ferry opened.",
        [])


def test_a_plan_to_urge_is_no_report():
    # guard: an errand planned, not words given ("will urge", "plans to urge")
    assert_statements(
        OPENING + "\n\nMorrow plans to urge the Legislature to fund the new rail link next year.",
        [])
