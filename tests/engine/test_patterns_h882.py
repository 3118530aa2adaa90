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


def test_acronym_of_the_reporters_office_body_carries_his_report_on():
    """carrying_on._office_body_initialled: "HCMC is ready …" after the Vice Chairman of the People's Committee of Ho Chi
    Minh City's "he stated that …"; "TDC will continue …" after the Director of Tessaly Development Centre (TDC)'s."""
    assert_statements(
        "Vice Chairman of the People's Committee of Ho Chi Minh City Dan Varo received Omar Velde.\n\n"
        "Mr. Varo stated that the two localities present opportunities for each other. HCMC is ready to further "
        "promote joint activities.",
        [("Dan Varo", "indirect", "Mr. Varo stated that the two localities present opportunities for each other."),
         ("Dan Varo", "indirect", "HCMC is ready to further promote joint activities.")],
    )
    assert_statements(
        "Ms. Ansa Korin, Director of Tessaly Development Centre (TDC) met with Mr. Omar Velde.\n\n"
        "Ms. Korin mentioned that regional exchanges are important. TDC will continue to facilitate cooperation.",
        [("Ansa Korin", "indirect", "Ms. Korin mentioned that regional exchanges are important."),
         ("Ansa Korin", "indirect", "TDC will continue to facilitate cooperation.")],
    )


def test_acronym_of_another_body_still_ends_the_report():
    """Guard: an acronym the reporter's office does not spell ("NDA will …") is no body of his: unchanged."""
    assert_statements(
        "Vice Chairman of the People's Committee of Ho Chi Minh City Dan Varo received Omar Velde.\n\n"
        "Mr. Varo stated that the two localities present opportunities for each other. NDA is ready to further "
        "promote joint activities.",
        [("Dan Varo", "indirect", "Mr. Varo stated that the two localities present opportunities for each other.")],
    )
