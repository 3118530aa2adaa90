"""Stop 60, the lead: `CarryingOn._gap_in_the_speakers_voice`'s cheap test before `_OUR_TWO` let through only a lower-case
"our two " while the pattern reads "Our two" too, so a gap sentence that opens with the speaker's "Our two presidents"
was left the readout's own."""
from .test_patterns import assert_statements


def test_gap_that_opens_with_our_two_is_the_speakers():
    """"Our two presidents reached …" opening a sentence between two reports of one person is his, as "During the visit,
    our two presidents reached …" is (`test_patterns_h998`)."""
    said = "Vice Chair Oren Vask said that the delegation's visit comes at an important time for Kaldoria-Tervolia relations."
    gap = ["President Ilona Brenn recently paid a state visit to Tervolia which is of historic importance.",
           "Our two presidents reached a series of agreements on trade during the visit.",
           "The photo exhibition will be held in Dunmarrow in November."]
    hoped = "Vask hoped that the delegates could find more cooperation opportunities in trade and tourism."
    body = ("On May 3rd, Vice Chair Oren Vask met with the delegation of Tervolian regions.\n\n"
            + " ".join([said, *gap, hoped]))
    assert_statements(body, [("Oren Vask", "indirect", t) for t in [said, *gap, hoped]],
                      title="Vice Chair Vask meets the Tervolian delegation")


def test_gap_with_their_two_presidents_stays_the_readouts():
    """Guard: "Their two presidents" is no one's own voice: the gap stays the readout's account."""
    said = "Vice Chair Oren Vask said that the delegation's visit comes at an important time for Kaldoria-Tervolia relations."
    gap = "Their two presidents reached a series of agreements on trade during the visit."
    hoped = "Vask hoped that the delegates could find more cooperation opportunities in trade and tourism."
    body = ("On May 3rd, Vice Chair Oren Vask met with the delegation of Tervolian regions.\n\n"
            + " ".join([said, gap, hoped]))
    assert_statements(body, [("Oren Vask", "indirect", said), ("Oren Vask", "indirect", hoped)],
                      title="Vice Chair Vask meets the Tervolian delegation")
