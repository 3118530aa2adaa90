"""Readings of helper h998 (stop 59, sevenhundredfiftyseventh: the Governor of Nevada as 8 News Now, the AP, the Nevada
Appeal, the Review-Journal, gov.nv.gov and CPAFFC print him).

Constructions: an order of mourning, "ordered flags to be lowered to half-staff", read as "directed flags … to be flown";
a region's office written in lower case before its holder's name, "the president of Bizkaia province X", inside a pair
of people acting together.

Each test is a small invented readout (invented people and places) and the statements GOLD-FORMAT.md asks for; a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_ordered_flags_to_be_lowered_is_an_order():
    """"Governor X ordered flags to be lowered to half-staff at the State Capitol …" (sevenhundredfiftyseventh 8newsnow
    powell): an order of one person (GOLD-FORMAT's "directed"), as "directed flags on State buildings to be flown"."""
    sentence = ("Governor Ilona Brenn ordered flags to be lowered to half-staff at the State Capitol until sunset on "
                "Friday in honor of Judge Tomas Varn.")
    body = sentence + "\n\nThe Governor’s order follows a proclamation of the Council."
    assert_statements(body, [
        ("Ilona Brenn", "indirect", sentence),
    ], title="Governor Brenn orders flags lowered in honor of Judge Varn")


def test_ordered_files_to_be_sealed_stays_an_act():
    """Guard: "ordered all old records to be sealed" (no flags, no landmarks) stays an act, as the three-hundred-twentieth
    guard has it."""
    body = ("Governor Ilona Brenn visited the archive on Monday.\n\n"
            "The archive director ordered all old records to be sealed before the visit.")
    assert_statements(body, [], title="Governor Brenn visits the archive")


def test_office_of_a_lower_case_province_joins_a_pair():
    """"… announced Friday that the Republican governor and the president of Bizkaia province Unai Rementeria agreed to
    collaborate …" (sevenhundredfiftyseventh westportnews basque): "the president of Kessar province Tomas Varn" is one
    person, the second of two who agreed (a group, no statement), as with "Kessar Province"."""
    body = ("Governor Ilona Brenn is in Kessar this week for a trade mission.\n\n"
            "Governor Ilona Brenn and the president of Kessar province Tomas Varn agreed to collaborate on "
            "higher education and technology.")
    assert_statements(body, [], title="Governor Brenn in Kessar for a trade mission")


def test_office_of_a_lower_case_province_alone_still_speaks():
    """Guard: the holder alone before "said that" keeps his statement, the office read with his name."""
    body = ("The governor of Kessar province Tomas Varn said that trade with Dunmarrow grew by a third last year.")
    assert_statements(body, [
        ("Tomas Varn", "indirect", body),
    ], title="Governor Varn on trade")


def test_gap_in_the_speakers_voice_between_two_reports_is_his():
    """"Vice President Xie said that … . Chinese President Xi Jinping recently paid a state visit … . During the visit,
    our two presidents reached a series of consensus … . He also attended … . Xie hoped that …" (sevenhundredfiftyseventh
    cpaffc): the sentences between his two reports, one of them in his voice ("our two presidents"), are his."""
    said = "Vice Chair Oren Vask said that the delegation's visit comes at an important time for Kaldoria-Tervolia relations."
    gap = ["President Ilona Brenn recently paid a state visit to Tervolia which is of historic importance.",
           "During the visit, our two presidents reached a series of agreements on trade.",
           "She also attended the Second Kaldoria-Tervolia Regional Forum held in Marsk.",
           "The photo exhibition will be held in Dunmarrow in November."]
    hoped = "Vask hoped that the delegates could find more cooperation opportunities in trade and tourism."
    body = ("On May 3rd, Vice Chair Oren Vask met with the delegation of Tervolian regions.\n\n"
            + " ".join([said, *gap, hoped]))
    assert_statements(body, [("Oren Vask", "indirect", t) for t in [said, *gap, hoped]],
                      title="Vice Chair Vask meets the Tervolian delegation")


def test_gap_without_the_speakers_voice_stays_the_readouts():
    """Guard: with no "our two" in it, the visit told between his two reports stays the readout's own account."""
    said = "Vice Chair Oren Vask said that the delegation's visit comes at an important time for Kaldoria-Tervolia relations."
    gap = "President Ilona Brenn recently paid a state visit to Tervolia which is of historic importance."
    hoped = "Vask hoped that the delegates could find more cooperation opportunities in trade and tourism."
    body = ("On May 3rd, Vice Chair Oren Vask met with the delegation of Tervolian regions.\n\n"
            + " ".join([said, gap, hoped]))
    assert_statements(body, [("Oren Vask", "indirect", said), ("Oren Vask", "indirect", hoped)],
                      title="Vice Chair Vask meets the Tervolian delegation")
