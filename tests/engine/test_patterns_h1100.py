"""Helper h1100 (eighthundredthirtyseventh, the Governor (Bashkan) of Gagauzia as papers print the office): the
autonomy's own title "Bashkan", bare, is the Governor; a sentence with no cue that names the reporter himself as the one
a visit is of is the writer's background, not his report carried on; a time aside of a vote ("after the elections")
between a subject and its speech verb is no subject of its own."""

from __future__ import annotations

from .test_patterns import assert_statements

_KORVEL_TITLE = "Governor of Velmora Dana Korvel met the minister"
_KORVEL_LEAD = "During the forum in Ostrava, the Governor (Bashkan) of Velmora met the Ostravan minister.\n\n"


def test_bare_bashkan_is_the_governor():
    body = (
        _KORVEL_LEAD
        + "“The minister discussed with me the roads of our region,” Bashkan wrote on social networks.\n\n"
        "“He promised to help us,” the Head of Velmora said."
    )
    assert_statements(body, [
        ("Dana Korvel", "direct", "The minister discussed with me the roads of our region,"),
        ("Dana Korvel", "direct", "He promised to help us,"),
    ], title=_KORVEL_TITLE)


def test_unknown_bare_word_before_posting_stays_no_ones():
    # guard: a capitalised word that is no title, bare before the verb of posting, names no one
    body = (
        _KORVEL_LEAD
        + "“The minister discussed with me the roads of our region,” Dorkan wrote on social networks.\n\n"
        "“He promised to help us,” the Head of Velmora said."
    )
    assert_statements(body, [
        ("Dana Korvel", "direct", "He promised to help us,"),
    ], title=_KORVEL_TITLE)


_ERDAL_LEAD = "Governor Dana Korvel of Velmora met President Tomas Erdal of Ostrava in Varna.\n\n"


def test_reporters_own_visit_by_name_is_not_carried_on():
    body = (
        _ERDAL_LEAD
        + "President Tomas Erdal emphasized that the projects in Velmora were under his personal control. "
        "The construction of the stadium was started following the visit of Tomas Erdal to Velmora in October 2018."
    )
    assert_statements(body, [
        ("Tomas Erdal", "indirect",
         "President Tomas Erdal emphasized that the projects in Velmora were under his personal control."),
    ])


def test_another_persons_visit_by_name_stays_carried_on():
    # guard: the visit of someone other than the reporter, named so, is still spoken of in his report
    body = (
        _ERDAL_LEAD
        + "President Tomas Erdal emphasized that the projects in Velmora were under his personal control. "
        "The construction of the stadium was started following the visit of President Marek Vilkas to Velmora in "
        "October 2018."
    )
    assert_statements(body, [
        ("Tomas Erdal", "indirect",
         "President Tomas Erdal emphasized that the projects in Velmora were under his personal control."),
        ("Tomas Erdal", "indirect", "The construction of the stadium was started following the visit of President "
         "Marek Vilkas to Velmora in October 2018."),
    ])


def test_time_aside_of_a_vote_before_the_verb():
    body = (
        "Minister Arno Pellik met Governor Dana Korvel in Velmora on Monday.\n\n"
        "Korvel, elected in May 2023, immediately after the elections announced her wish to strengthen ties with "
        "Ostrava."
    )
    assert_statements(body, [
        ("Dana Korvel", "indirect",
         "Korvel, elected in May 2023, immediately after the elections announced her wish to strengthen ties with "
         "Ostrava."),
    ])


def test_vote_as_subject_stays_no_ones():
    # guard: with no opener before it, "the elections" is the verb's own subject, no person's statement
    body = (
        "Minister Arno Pellik met Governor Dana Korvel in Velmora on Monday.\n\n"
        "The results of the elections announced a new era for Velmora."
    )
    assert_statements(body, [])
