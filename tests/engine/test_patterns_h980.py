"""Helper h980 (sevenhundredfortyfirst, the Governor of Colorado as outlets print him): a weekday stepped over
between the subject and the verb after a bracket that closes a tag of party and state, "Gov. X (D-CO) on Thursday said
…", as after the comma that closes an apposition (speech_subjects, `_skip_fillers_back`)."""

from .test_patterns import assert_statements


def test_party_tag_in_brackets_then_weekday_before_verb_is_the_names():
    assert_statements(
        "Governor meets envoy\n\n"
        "Gov. Lena Varga (D-NM) on Thursday said the state will open a trade office in Port Arlen.\n\n"
        "Varga said the office would open in the spring.",
        [("Lena Varga", "indirect", "Gov. Lena Varga (D-NM) on Thursday said the state will open a trade office in "
          "Port Arlen."),
         ("Lena Varga", "indirect", "Varga said the office would open in the spring.")])


def test_bracket_then_weekday_before_discussed_with_stays_narrative():
    # guard: "on Tuesday discussed with" after a bracket is still the meeting's narrative, as after a comma
    assert_statements(
        "Minister meets envoy\n\n"
        "Trade Minister Ivo Kral (pictured) on Tuesday discussed with Ambassador Ema Lind ways to grow trade.\n\n"
        "Kral said the talks were fruitful.",
        [("Ivo Kral", "indirect", "Kral said the talks were fruitful.")])
