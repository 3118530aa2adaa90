"""Readings of known errors of labelled sets (stop 40): a title's guest toasted at a banquet, a title's place after
"in", and "the CEO" of one named as Chief Executive Officer (styles25 pandayan_pco_state_banquet_tierravela,
pandayan_pnd_jentaria_irrigation_speech; four-hundred-twelfth az_president_2024-03-13_bp).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

BANQUET_OPENING = ("President Tomas Varga hosted a state banquet for visiting Orlandian President Erik Sand "
                   "at the Hall of Heroes on Thursday night.\n\n")
BANQUET_SAID = "In his speech, the President said the visit marks a new chapter in relations between the two nations."


def test_the_one_toasted_in_the_title_is_the_guest():
    """"X toasts Tierravela's President at … state banquet" (styles25 pandayan_pco_state_banquet_tierravela): the one
    toasted is the guest, so the body's bare "the President" is the host, not the visiting President named last."""
    assert_statements(BANQUET_OPENING + BANQUET_SAID + "\n", [
        ("Tomas Varga", "indirect", BANQUET_SAID),
    ], title="TV toasts Orlandia's President at state banquet")


def test_the_one_who_toasts_in_the_title_stays_the_host():
    """Guard: "Orlandia's President toasts TV at state banquet": the one who toasts opens the title and stays its
    host, whom the bare "the President" means."""
    assert_statements(BANQUET_OPENING + BANQUET_SAID + "\n", [
        ("Erik Sand", "indirect", BANQUET_SAID),
    ], title="Orlandia's President toasts TV at state banquet")


PLACE_BODY = ("HILVARO DUMASCO — President Tomas Varga on Friday led the turnover of an irrigation system funded by the "
              "Government of Orlandia.\n\n")
PLACE_QUOTE = "You will no longer depend on the rain"


def test_a_title_name_after_in_is_a_place():
    """"PRMB leads turnover of … irrigation system in Hilagang Dumalo" (styles25
    pandayan_pnd_jentaria_irrigation_speech): two capitalised words after "in" name a place, not the one whom the
    body's bare "the President" means."""
    body = PLACE_BODY + f'"{PLACE_QUOTE}," the President said, drawing applause from the crowd.\n'
    assert_statements(body, [
        ("Tomas Varga", "direct", PLACE_QUOTE),
    ], title="TV leads turnover of irrigation system in Hilvaro Dumasco")


def test_a_title_name_after_a_dash_after_in_stays_a_person():
    """Guard: "… is being decided in Orlandia - Erik Sand" (hundred-eighty-second 73085): the run opens after "in"
    but its name comes after the dash, the speaker the title credits."""
    body = ("Erik Sand met with leaders of the region.\n\n"
            f'"{PLACE_QUOTE}," the President said.\n')
    assert_statements(body, [
        ("Erik Sand", "direct", PLACE_QUOTE),
    ], title="The future of the region is being decided in Orlandia - Erik Sand")


CEO_OPENING = ("President of Kastravia Tarvo Lind has received Ivo Brand, the newly appointed Kastrel Oil Chief "
               "Executive Officer.\n\n")
CEO_SAID = "Hailing his visit, the Kastrel Oil CEO extended his congratulations on the achievements of Kastravia."
CEO_STRESSED = "He emphasized the importance of energy."


def test_the_ceo_is_the_one_named_chief_executive_officer():
    """"… received X, the newly appointed bp Chief Executive Officer … the bp CEO extended his congratulations …"
    (four-hundred-twelfth az_president_2024-03-13_bp): the initials of the office he holds."""
    assert_statements(CEO_OPENING + CEO_SAID + " " + CEO_STRESSED + "\n", [
        ("Ivo Brand", "indirect", CEO_SAID),
        ("Ivo Brand", "indirect", CEO_STRESSED),
    ], title="Tarvo Lind has received Kastrel Oil Chief Executive Officer")


def test_an_unnamed_chief_executive_officer_is_no_speaker():
    """Guard: with no one named as Chief Executive Officer, "the Chief Executive Officer" finds no one to stand for;
    the President's words stay his."""
    opening = "President of Kastravia Tarvo Lind has received a delegation of Kastrel Oil.\n\n"
    said = "The President emphasized the importance of energy."
    assert_statements(opening + "The Chief Executive Officer of Kastrel Oil was also present. " + said + "\n", [
        ("Tarvo Lind", "indirect", said),
    ], title="Tarvo Lind has received Kastrel Oil delegation")
