"""Helper h963 (sevenhundredtwentyeighth, the Governor of Virginia as agencies, papers and partners print him): after a
quotation's attribution clause, the participle "announcing" going on with the speaker's report ("“…,” he said,
announcing the establishment of …"), as "adding that" (sentence_reading `_ADDING`)."""

from .test_patterns import assert_statements

OPENING = "Governor Mara Quill met President Tomas Ekberg of Ostravia in Port Arlen on Monday."


def test_said_then_announcing_goes_on_with_the_speakers_report():
    assert_statements(
        OPENING + "\n\nOstravia is “a trusted partner for our farmers,” she said, announcing the opening of a trade "
        "office in Port Arlen.",
        [("Mara Quill", "direct", "a trusted partner for our farmers,"),
         ("Mara Quill", "indirect", "announcing the opening of a trade office in Port Arlen.")])


def test_announcing_before_a_quotation_only_introduces_it():
    # guard: "…, announcing: “…”" introduces the next quotation, no report of its own
    assert_statements(
        OPENING + "\n\n“The talks were useful,” Quill said, announcing: “We will open an office in Port Arlen.”",
        [("Mara Quill", "direct", "The talks were useful,"),
         ("Mara Quill", "direct", "We will open an office in Port Arlen.")])
