"""Helper h882 (sixhundredsixtyfourth, Yunnan's leaders and officials): an inverted unquoted tag whose name runs into
its office after a body's possessive with no comma, "…, says X the ministry's spokesman." (speech_subjects.
_office_run_on_after_name)."""

from .test_patterns import assert_statements


def test_name_run_on_into_a_possessive_office_owns_the_words():
    assert_statements(
        "Tessaly Province is looking forward to closer ties with Dravik in the near future, says Omar Velde the province’s "
        "deputy director-general of Foreign Affairs.\n\n"
        "“Relations between us are very good,” she told the media after the call.",
        [("Omar Velde", "indirect", "Tessaly Province is looking forward to closer ties with Dravik in the near future, says "
                                    "Omar Velde the province’s deputy director-general of Foreign Affairs."),
         ("Omar Velde", "direct", "Relations between us are very good")],
    )


def test_a_possessive_thing_after_the_name_is_no_office():
    """Guard: "the day's guest of honour at the dinner" after the name is no office closing the tag: unchanged."""
    assert_statements(
        "The ties are strong, said Omar Velde the day's guest of honour at the dinner.",
        [],
    )
