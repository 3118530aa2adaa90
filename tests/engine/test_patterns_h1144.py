"""Helper h1144 (eighthundredseventyfirst, the leaders of Hai Phong's and Quang Ninh's People's Committees and those
they meet), five shapes of Vietnamese provincial readouts: a two-word place's possessive before the Chairman, named
and then alone ("Tay Lam's Chairman Dao Van Khoa … Tay Lam's Chairman hoped …"); "the provincial Party chief" for the
Party Committee's Secretary; "respectfully" between the subject and its verb; an economic measure's initials ("GRDP")
opening a sentence of the briefing it carries on; "Speaking at the meeting, X welcomed the delegation to …", a welcome
in words. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def _said(body: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in run(body).statements]


_COURTESY = ("On August 20, Tay Lam's Chairman Dao Van Khoa had a courtesy reception to the Assistant to the Minister "
             "of Foreign Affairs, Lio Van Tam, before he leaves for Borvia as Ambassador.")
_BRIEF = "At the reception, Tay Lam's Chairman Dao Van Khoa made a brief introduction of the province's results."
_HOPED = "Tay Lam's Chairman hoped that the Ambassador would introduce Tay Lam localities to Borvia."
_LIO = "Mr. Lio Van Tam, in turn, congratulated Tay Lam on its achievements."


def test_a_two_word_places_chairman_named_then_described_is_the_one_named():
    """"Tay Lam's Chairman hoped …" after "Tay Lam's Chairman Dao Van Khoa made …": Khoa's. Before, the name's phrase
    read "Lam's" for his place, which the description's "tay lam" did not match, and the hope was no one's."""
    body = "\n\n".join([_COURTESY, _BRIEF, _HOPED, _LIO])
    assert_statements(body, [
        ("Dao Van Khoa", "indirect", _BRIEF),
        ("Dao Van Khoa", "indirect", _HOPED),
        ("Lio Van Tam", "indirect", _LIO),
    ])


def test_the_same_places_other_office_is_not_the_chairman():
    """The guard: "Tay Lam's Governor hoped …", the same place but an office Khoa does not hold, stays no one's."""
    other = "Tay Lam's Governor hoped that the Ambassador would introduce Tay Lam localities to Borvia."
    body = "\n\n".join([_COURTESY, _BRIEF, other, _LIO])
    assert all(t != other for s, t in _said(body) if s is not None)


_KY = ("At the meeting, Secretary of the Provincial Party Committee of Tay Lam Province Nguyen Minh Kha said that the "
       "visit affirmed the good relationship between Vietnam and Borvia.")
_BIRLO = "Speaker Om Birlo thanked the friendly welcome of the province's leaders."
_CHIEF = ("Reviewing the success of the Yoga Day, the provincial Party chief hoped that Tay Lam would continue to be "
          "the venue for yoga.")


def test_the_provincial_party_chief_is_the_party_committees_secretary():
    """"the provincial Party chief hoped …": Kha, the Secretary of the Provincial Party Committee, not the Speaker
    named last; before, "chief" named no one and the hope was lost."""
    body = "\n\n".join([_KY, _BIRLO, _CHIEF])
    assert_statements(body, [
        ("Nguyen Minh Kha", "indirect", _KY),
        ("Om Birlo", "indirect", _BIRLO),
        ("Nguyen Minh Kha", "indirect", _CHIEF),
    ])


def test_a_deputy_party_chief_is_not_the_secretary():
    """The guard: "the deputy Party chief" is not the Secretary named before."""
    deputy = "The deputy Party chief hoped that Tay Lam would continue to be the venue for yoga."
    body = "\n\n".join([_KY, _BIRLO, deputy])
    assert all(t != deputy for s, t in _said(body) if s == "Nguyen Minh Kha")


_OSK = "Ms. Lena Osk, Deputy Mayor of Orrin City, expressed a sincere appreciation for the warm welcome of the city."
_INVITED = "She respectfully invited leaders of Velt City to pay a working visit to Orrin City in the coming time."


def test_respectfully_between_the_subject_and_its_verb():
    """"She respectfully invited …": hers, as "She warmly invited …" was; before, "respectfully" cut the subject from
    its verb and the invitation was no one's."""
    assert_statements("\n\n".join([_OSK, _INVITED]), [
        ("Lena Osk", "indirect", _OSK),
        ("Lena Osk", "indirect", _INVITED),
    ])


_MET = "Vice chairman of Velt People’s Committee Dao Van Khoa met Mr. Lio Tam, chairman of Orrin Corporation."
_INFORMED = "Vice chairman of Velt People’s Committee Dao Van Khoa informed the delegation of the achievements of Velt city."
_LEAD = "Velt has taken the lead in economic growth rate."
_GRDP = "GRDP increases by 16.27%, doubled the average growth rate in Vietnam."


def test_an_economic_measures_initials_open_a_sentence_the_briefing_carries_on():
    """"GRDP increases by 16.27%, …" after Khoa's briefing and its first figure: his, as "GDP increases …" was; before,
    "GRDP" was read as a person's name, a new subject, and the sentence was no one's."""
    body = "\n\n".join([_MET, " ".join([_INFORMED, _LEAD, _GRDP])])
    assert_statements(body, [
        ("Dao Van Khoa", "indirect", _INFORMED),
        ("Dao Van Khoa", "indirect", _LEAD),
        ("Dao Van Khoa", "indirect", _GRDP),
    ])


def test_a_body_named_by_capitals_still_opens_its_own_sentence():
    """The guard: "Orrin has gained good profits." (a firm's capitalised name, no measure's initials) after the same
    briefing is read as before: not Khoa's carry-on."""
    profits = "ORRIN has gained good profits."
    body = "\n\n".join([_MET, " ".join([_INFORMED, _LEAD, profits])])
    assert all(t != profits for s, t in _said(body) if s == "Dao Van Khoa")


_RECEIVED = ("Vice Chairman of Velt City People's Committee met the delegation of Orrin City, led by Ms. Lena Osk, "
             "Vice Mayor of Orrin City.")
_SPEAKING = ("Speaking at the meeting, Mr. Dao Van Khoa, Vice Chairman of Velt City People's Committee, welcomed the "
             "Orrin City’s delegation to Velt.")
_HE_INFORMED = "He informed the delegation about the city's geographical location."


def test_a_welcome_given_speaking_at_the_meeting_is_said():
    """"Speaking at the meeting, X … welcomed the Orrin City’s delegation to Velt.": Khoa's words; before, "welcomed
    the … delegation to Velt" was read as a host's act, narrative."""
    assert_statements("\n\n".join([_RECEIVED, " ".join([_SPEAKING, _HE_INFORMED])]), [
        ("Dao Van Khoa", "indirect", _SPEAKING),
        ("Dao Van Khoa", "indirect", _HE_INFORMED),
    ])


def test_a_welcome_with_no_speaking_opener_stays_a_hosts_act():
    """The guard: the same welcome with no "Speaking at the meeting," opening it stays narrative."""
    plain = ("Mr. Dao Van Khoa, Vice Chairman of Velt City People's Committee, welcomed the Orrin City’s delegation "
             "to Velt.")
    assert all(t != plain for s, t in _said("\n\n".join([_RECEIVED, plain])) if s is not None)
