"""Rules from the hundred-thirty-second held-out set (en.kremlin.ru, 2001, 2003 and 2018): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_attributive_participle_of_a_speech_verb_is_no_speech():
    """"It is especially important to determine a range of guaranteed medical services for pensioners …"
    (28406): "guaranteed" before its noun is an adjective, no one guaranteeing anything; the paragraph of
    impersonal policy sentences between two of the speaker's statements carries his remarks on. Before,
    the participle was read as a speech verb and the paragraph was given to no one."""
    body = ("President Verran noted the poor state of rural hospitals. Nurses should be paid more. "
            "This will help patients.\n\n"
            "It is also necessary to create a single register of clinics. It is especially important to "
            "determine a range of guaranteed medical services for children.\n\n"
            "At the meeting, Mr Verran underlined the need to audit the Health Fund.")
    assert_statements(body, title="President Aldo Verran chaired a meeting on hospitals", expected=[
        ("Aldo Verran", "indirect", "President Verran noted the poor state of rural hospitals."),
        ("Aldo Verran", "indirect", "Nurses should be paid more."),
        ("Aldo Verran", "indirect", "This will help patients."),
        ("Aldo Verran", "indirect", "It is also necessary to create a single register of clinics."),
        ("Aldo Verran", "indirect", "It is especially important to determine a range of guaranteed medical "
                                    "services for children."),
        ("Aldo Verran", "indirect", "At the meeting, Mr Verran underlined the need to audit the Health Fund."),
    ])


def test_the_discussion_dealing_with_a_topic_ends_a_carried_report():
    """"The discussion also dealt with the resettlement of residents … . In addition, it focused on two
    issues: …" (58458): the meeting itself, the subject of a verb of its topics, tells the meeting's next
    topic; the governor's report carried over from the paragraph before ends there. Before, "In addition,
    it focused on …" was given to the governor."""
    body = ("Tomas Ivel reported that the situation in the region is stable. Investment has grown by 10 percent.\n\n"
            "The discussion also dealt with the repair of schools. In addition, it focused on two issues: "
            "a new college and a free economic zone.\n\n"
            "Tomas Ivel also invited the President to the city's anniversary.")
    assert_statements(body, title="President Aldo Verran met with Governor of Pelna Region Tomas Ivel", expected=[
        ("Tomas Ivel", "indirect", "Tomas Ivel reported that the situation in the region is stable."),
        ("Tomas Ivel", "indirect", "Investment has grown by 10 percent."),
        ("Tomas Ivel", "indirect", "Tomas Ivel also invited the President to the city's anniversary."),
    ])

