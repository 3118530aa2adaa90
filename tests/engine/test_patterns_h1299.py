"""Rules from the thousandth held-out set (the Governor of Sokoto State, Nigeria, and those at his meetings, 2015-2025):
invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Tarro Vell of Ostra State visited the 4 Brigade barracks in Velm on Saturday. "


def test_a_hyphened_rank_before_a_name_registers_the_officer():
    """"The governor also commended the Brigade Commander, Brig.-Gen. Chikezie X, for … / X took the governor round the
    facilities …, and hailed the cordial relationship … / He said, “…”" (Daily Post 2015-08-02): the rank's two
    shortened words joined by a hyphen are the style before the name, as "Brig. Gen. X" is, so the officer named
    there is the one the surname alone refers to, and "He said" after him is his. Before, "Brig.-Gen." kept the name
    from being registered: the surname alone was no one and its report lost, and the quotation went to the governor."""
    body = (_OPENING + "The governor commended the Brigade Commander, Brig.-Gen. Doran Kessu, for the projects in the "
            "barracks.\n\nKessu took the governor round the facilities, and hailed the cordial relationship between the "
            "people and the army.\n\nHe said, “The army is ready to assist the people at all times.”")
    assert_statements(body, [
        ("Tarro Vell", "indirect", "The governor commended the Brigade Commander, Brig.-Gen. Doran Kessu, for the "
                                   "projects in the barracks."),
        ("Doran Kessu", "indirect", "Kessu took the governor round the facilities, and hailed the cordial relationship "
                                    "between the people and the army."),
        ("Doran Kessu", "direct", "The army is ready to assist the people at all times."),
    ])


def test_other_hyphened_ranks_and_no_stop_after_the_first_word():
    """"Maj.-Gen. X", "Lt.-Col. Y" and "Brig-Gen. Z" (no stop after the first word) read as "Brig.-Gen." is: the
    surname alone after each is the officer named with the rank."""
    body = (_OPENING + "He met Maj.-Gen. Doran Kessu, Lt.-Col. Amri Tollo and Brig-Gen. Sefa Rundu.\n\n"
            "Kessu said the division would build a school.\n\nTollo said the battalion was ready.\n\n"
            "Rundu said the brigade would help the farmers.")
    assert_statements(body, [
        ("Doran Kessu", "indirect", "Kessu said the division would build a school."),
        ("Amri Tollo", "indirect", "Tollo said the battalion was ready."),
        ("Sefa Rundu", "indirect", "Rundu said the brigade would help the farmers."),
    ])


def test_a_hyphened_word_that_is_no_rank_is_left_as_it_is():
    """The guard: "Secretary-General X" and "Lt.-Gov. X" (no military rank's shortened words on both sides of the
    hyphen) are not read as a rank; "the Secretary-General, Mr X, said …" stays his, and a surname alone after a
    name the guard leaves untouched is read as before (no one's)."""
    body = (_OPENING + "The UN Secretary-General, Mr Doran Kessu, said the state was safe.\n\n"
            "He met Lt.-Gov. Amri Tollo at the airport.\n\nTollo said the province was ready.")
    assert_statements(body, [
        ("Doran Kessu", "indirect", "The UN Secretary-General, Mr Doran Kessu, said the state was safe."),
    ])


def test_bare_speech_verb_after_a_name_set_off_after_an_office():
    """"Speaking in his remarks, the state governor, Ahmed X, commend Unicef for always standing by the state …"
    (Tribune 2023-06-21, "commended" printed without its "-ed"): the name closes an apposition after one person's
    office, which opens the sentence after a fronted participle's clause; the bare verb is the report's, his. Before,
    the comma after the name kept the bare-verb reader from the subject, and the sentence was no one's."""
    body = (_OPENING + "Speaking in his remarks, the state governor, Tarro Vell, commend the agency for always standing "
            "by the state.\n\nThe state governor, Tarro Vell, thank the team for the visit.")
    assert_statements(body, [
        ("Tarro Vell", "indirect", "Speaking in his remarks, the state governor, Tarro Vell, commend the agency for "
                                   "always standing by the state."),
        ("Tarro Vell", "indirect", "The state governor, Tarro Vell, thank the team for the visit."),
    ])


def test_bare_verb_after_names_set_off_after_a_group_is_no_ones():
    """The guard: a bare verb after a list of names set off after a plural ("the ministers, X and Y, commend …"), or
    after two names in a row ("The visitors, X, Y, commend …"), is a group's, no statement."""
    body = (_OPENING + "Speaking at the event, the ministers, Doran Kessu and Amri Tollo, commend the team for its "
            "work.\n\nThe visitors, Doran Kessu, Amri Tollo, commend the team for its work.")
    assert_statements(body, [])
