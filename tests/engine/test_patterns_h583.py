"""Readings the forty-ninth hard set (who "he", "the Minister", "his counterpart", "the former" and "the guest" mean
among three to five people) showed the engine missing: an office given a remit in lower case after "for" before the
name it belongs to ("the Special Representative of the Government of X for the Y river basin, Z,"), so that a later
"the X-ian diplomat" found no one; and, probing the theme further, "the latter" after "X held talks with Y." (a talk
held with a person, not only "X met Y.") when Y is a bare name.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from readout_tui.engine.name_offices import office_then_comma

from .test_patterns import assert_statements, run

HOST = "Minister of Foreign Affairs of Castavia Ilona Brekke received on Tuesday "
HOST_SAYS = "\n\nMs. Brekke said that Castavia valued the work of the commission.\n\n"


def test_an_office_with_a_remit_in_lower_case_is_the_named_ones():
    """"the Special Representative of the Government of X for the Y river basin, Z," (hard49 castrevia): the remit
    after "for" closes the office, which is Z's, so that "The X-ian diplomat assured …" is Z's."""
    said = "The Norvellian diplomat assured his host that the data would be shared from the first day."
    body = (HOST + "the Special Representative of the Government of Norvell for the Ardra river basin, Pavel Stremko."
            + HOST_SAYS + said + "\n")
    assert_statements(body, [("Ilona Brekke", "indirect", "Ms. Brekke said that Castavia valued the work of the "
                                                          "commission."),
                             ("Pavel Stremko", "indirect", said)])


def test_an_office_with_a_one_word_remit_is_the_named_ones():
    """"the Special Envoy of X for water, Z," (no "the" in the remit): the same office, Z's."""
    said = "The Norvellian diplomat assured his host that the data would be shared."
    body = HOST + "the Special Envoy of Norvell for water, Pavel Stremko." + HOST_SAYS + said + "\n"
    assert_statements(body, [("Ilona Brekke", "indirect", "Ms. Brekke said that Castavia valued the work of the "
                                                          "commission."),
                             ("Pavel Stremko", "indirect", said)])


def test_a_clause_after_for_is_no_remit():
    """Guard: "the Secretary of State for Defence spoke with his Norvellian counterpart, Z," (heldout uk_mod
    shoigu): the words after "for" go on into a clause, so the office stays the Secretary's, and "The Secretary of
    State observed" is not Z's."""
    observed = "The Secretary of State observed that both ministers were respectful on the call."
    body = ("At the request of the Norvellian Ministry of Defence, the Secretary of State for Defence spoke with his "
            "Norvellian counterpart, Pavel Stremko, this afternoon. Minister Stremko alleged that Castavia was "
            "planning an escalation.\n\nThe Defence Secretary refuted these claims.\n\n" + observed + "\n")
    title = "Statement on Defence Secretary's call with Norvellian Defence Minister"
    assert "Pavel Stremko" not in _speakers_of(body, observed, title)


def test_a_president_toasted_for_something_takes_no_remit():
    """Guard: after a President "for" starts what he is toasted or thanked for, not a remit ("In a toast to the
    President of X for the warm welcome, Z, the Ambassador of Y, recalled …"): no office before Z's name; a
    Special Representative's remit is cut off and his office read."""
    toast = "In a toast to the President of Castavia for the warm welcome, Ida Vell, the Ambassador of Norvell, recalled"
    start = toast.index("Ida Vell")
    assert office_then_comma(toast, start, start + len("Ida Vell"), 0, len(toast)) is None
    received = "She received the Special Representative of Norvell for the Ardra river basin, Pavel Stremko."
    start = received.index("Pavel")
    office = office_then_comma(received, start, start + len("Pavel Stremko"), 0, len(received))
    assert office is not None and office.role.startswith("special representative")


def _speakers_of(body: str, text: str, title: str = "") -> set[str | None]:
    """Who the engine gives the statement whose words are `text`."""
    return {s.speaker for s in run(body, title=title).statements if s.text == text}


def test_the_latter_after_talks_held_with_a_person_is_that_person():
    """"X held talks with Y. The latter thanked …" (a probe of this set's theme, the bare name Y not yet known as
    someone): the one talks were held with is the latter, the subject the former, as after "X met Y"."""
    thanked = "The latter thanked him for the invitation."
    said = "The former said that the talks had been useful."
    body = "Foreign Minister Anton Vell held talks with Ida Rusk in Castar. " + thanked + " " + said + "\n"
    assert_statements(body, [("Ida Rusk", "indirect", thanked), ("Anton Vell", "indirect", said)])


def test_the_latter_after_a_conversation_held_with_a_person():
    """"X had a telephone conversation with Y. The latter said …": the same for a call."""
    said = "The latter said that the talks had been useful."
    body = "Foreign Minister Anton Vell had a telephone conversation with Ida Rusk. " + said + "\n"
    assert_statements(body, [("Ida Rusk", "indirect", said)])


def test_the_latter_after_talks_held_with_a_body_is_no_one():
    """Guard: "X held talks with the Ministry of Trade of Y. The latter said …": a body is no person, so the
    latter is not the subject nor anyone the readout names."""
    said = "The latter said that the talks had been useful."
    body = "Foreign Minister Anton Vell held talks with the Ministry of Trade of Norvell. " + said + "\n"
    assert _speakers_of(body, said) <= {None}


def test_the_latter_after_talks_with_his_counterpart_named_is_the_counterpart():
    """"X held talks with his Norvellian counterpart, Y. The latter said …": the name set off after "his
    counterpart" is the one the talk was held with, the latter."""
    said = "The latter said that the talks had been useful."
    body = "Foreign Minister Anton Vell held talks with his Norvellian counterpart, Ida Rusk. " + said + "\n"
    assert_statements(body, [("Ida Rusk", "indirect", said)])


def test_the_former_after_talks_with_his_counterpart_named_is_the_subject():
    """"… held talks with his Norvellian counterpart, Y. The former said …": the subject, the other of the pair (before
    the rule, no pair was read and no one was given)."""
    said = "The former said that the talks had been useful."
    body = "Foreign Minister Anton Vell held talks with his Norvellian counterpart, Ida Rusk. " + said + "\n"
    assert_statements(body, [("Anton Vell", "indirect", said)])
