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


def test_place_name_before_its_noun_and_a_relative_clause_carries_the_report_on():
    """carrying_on._NAME_BEFORE_ITS_NOUN: "Mohan port, which is located on the border, is …" (or with the closing comma
    left out) after "He cited that …": the port, a thing the report speaks of, no one who acts."""
    for aside in ("which is located on the border,", "which located on the border"):
        assert_statements(
            "Mr. Dan Varo met the guests from Dravik.\n\n"
            f"He cited that the prefecture is close to Dravik. Tesso port, {aside} is the most convenient land "
            "passage. The prefecture will continue to advance its cooperation with Dravik.",
            [("Dan Varo", "indirect", "He cited that the prefecture is close to Dravik."),
             ("Dan Varo", "indirect", f"Tesso port, {aside} is the most convenient land passage."),
             ("Dan Varo", "indirect", "The prefecture will continue to advance its cooperation with Dravik.")],
        )


def test_a_person_with_a_relative_clause_still_ends_the_report():
    """Guard: "Omar Velde, who is …, was at …" names someone who acts (no lower-case noun after the name)."""
    assert_statements(
        "Mr. Dan Varo met Omar Velde.\n\n"
        "He cited that the prefecture is close to Dravik. Omar Velde, who is the port's director, was at the "
        "terminal.",
        [("Dan Varo", "indirect", "He cited that the prefecture is close to Dravik.")],
    )
