"""Helper h852's patterns: mends of older sets' errors, one construction each (see each test's docstring).

The first pins the chain of `Statements._hand_on`: a quotation that ended the paragraph before ("“…,” X said.") leads
its prescription on into the next paragraph ("The two governments should …") only where no report is carried over to
it and no indirect statement ended that paragraph; the prescription of `_prescription_goes_on` runs after the chain.
The next: a host's report on a place's own affairs ("X briefed the delegation on Dalvora’s development.") goes on into
the sentences with that place's bare name as their subject and a present verb ("Dalvora boasts …"), as the place his
office names does (`CarryingOn._said_of_own_place`).
The last: the two states' heads' meeting recalled inside a report ("X said that … . Last spring, President A and
President B held a meeting …. In their recent phone call, the two presidents …. <his report goes on>") is his, when his
report goes on after it (`CarryingOn._heads_of_state_recalled`, in `_carry_report`).
"""
from __future__ import annotations

from readout_tui.engine.statements import Attributor, _Handed

from .test_patterns import assert_statements

_BODY = ("President Ilona Brenn met Prime Minister Tomas Vell of Kastravia in Marsk.\n\n"
         "“We are partners,” Ms Brenn said.\n\n"
         "The two governments should widen their trade. They should also open new routes.")


def _lead_on_calls(before: _Handed) -> list[tuple[str, bool]]:
    """Whom `_hand_on` leads the last paragraph of `_BODY` on to, and whether as a prescription, given `before`."""
    reading = Attributor(_BODY)
    reading.run()
    calls: list[tuple[str, bool]] = []
    reading._leads_on = lambda person, *args, prescribed=False, **kw: calls.append((person.full_name, prescribed))
    reading._report_carries_over = lambda *args, **kw: None
    reading._prescription_goes_on = lambda *args, **kw: None
    lo, hi = reading.paragraphs[2]
    mid = reading.text.index(" They ", lo) + 1
    reading._hand_on(before, _Handed(), [(lo, mid - 1), (mid, hi)], 2, lo, hi, [])
    return calls


def _person(name: str):
    reading = Attributor(_BODY)
    reading.run()
    return next(p for p in reading.people.persons if name in p.full_name)


def test_a_report_carried_over_takes_no_prescribed_lead_on_from_a_quotation_before():
    """With a report carried over into the paragraph (`before.reporter`), the quotation that ended the paragraph before
    leads nothing on as a prescription: the report is the paragraph's, as before the merge of stop 52 put the
    prescription's call inside the chain (it made the quotation's `elif` run whenever no indirect statement ended).
    The state is handed to `_hand_on` directly: a paragraph hands a report with no statement ending it only after a
    title told by its first sentence ("X expressed this view at …"), a sentence that holds no quotation, so no readout
    reaches both orders' difference today (0 of 9,562 readouts differ); the test pins the chain for when one does."""
    vell, brenn = _person("Vell"), _person("Brenn")
    assert _lead_on_calls(_Handed(reporter=vell, quoted_ender=brenn)) == []


def test_a_quotation_before_with_no_report_carried_over_still_leads_its_prescription_on():
    """The guard: with no report carried over and no indirect statement ending the paragraph before, the quotation's
    speaker's prescription is led on (three-hundred-seventieth's "For this purpose, the governments … should …")."""
    brenn = _person("Brenn")
    assert _lead_on_calls(_Handed(quoted_ender=brenn)) == [(brenn.full_name, True)]



_BRIEFED = ("Orin Telvaz met with Senator Mara Quill on May 3 and extended a warm welcome to the delegation.\n\n"
            "Telvaz briefed Quill and her delegation on {topic} economic development. Dalvora {verb} close trade ties "
            "with Kastravian cities. Many Kastravian firms have also made successful investment there.")


def test_the_place_a_report_was_on_goes_on_with_the_report():
    """"X briefed … on Dalvora’s economic development." / "Dalvora boasts …": the place he briefed on, his report goes on."""
    assert_statements(_BRIEFED.format(topic="Dalvora’s", verb="boasts"), [
        ("Orin Telvaz", "indirect", "Telvaz briefed Quill and her delegation on Dalvora’s economic development."),
        ("Orin Telvaz", "indirect", "Dalvora boasts close trade ties with Kastravian cities."),
        ("Orin Telvaz", "indirect", "Many Kastravian firms have also made successful investment there."),
    ])


def test_a_place_the_report_was_not_on_opens_no_carried_sentence():
    """The guard: "on the city’s development" names no place, so "Dalvora boasts …" stays the readout's own."""
    assert_statements(_BRIEFED.format(topic="the city’s", verb="boasts"), [
        ("Orin Telvaz", "indirect", "Telvaz briefed Quill and her delegation on the city’s economic development."),
        ("Orin Telvaz", "indirect", "Many Kastravian firms have also made successful investment there."),
    ])


def test_the_place_a_report_was_on_in_the_past_tense_is_the_readouts():
    """The guard: the place's past act ("Dalvora hosted …") is not his report."""
    assert_statements(_BRIEFED.format(topic="Dalvora’s", verb="hosted"), [
        ("Orin Telvaz", "indirect", "Telvaz briefed Quill and her delegation on Dalvora’s economic development."),
        ("Orin Telvaz", "indirect", "Many Kastravian firms have also made successful investment there."),
    ])


_RECALLED = ("Mayor Orin Telvaz of Dalvora met with Kastravian Finance Minister Mara Quill on Monday.\n\n"
             "Telvaz said that Varnia and Kastravia are close partners. Last spring, President Ilona Brenn and President "
             "Tomas Vell held a meeting in Marsk, where they agreed to widen trade. In their recent phone call, the two "
             "presidents conveyed a positive message.{after}")


def test_the_heads_of_states_meeting_recalled_in_a_report_is_the_reporters():
    """The presidents' meeting and call between his report's sentences: his words, recalled."""
    assert_statements(_RECALLED.format(after=" Dalvora has long had close ties with Kastravian cities."), [
        ("Orin Telvaz", "indirect", "Telvaz said that Varnia and Kastravia are close partners."),
        ("Orin Telvaz", "indirect", "Last spring, President Ilona Brenn and President Tomas Vell held a meeting in Marsk, "
                                    "where they agreed to widen trade."),
        ("Orin Telvaz", "indirect", "In their recent phone call, the two presidents conveyed a positive message."),
        ("Orin Telvaz", "indirect", "Dalvora has long had close ties with Kastravian cities."),
    ])


def test_the_heads_of_states_meeting_after_a_report_that_does_not_go_on_is_the_readouts():
    """The guard: with nothing of his report after it, the presidents' meeting is the readout's background."""
    assert_statements(_RECALLED.format(after=""), [
        ("Orin Telvaz", "indirect", "Telvaz said that Varnia and Kastravia are close partners."),
    ])
