"""Helper h1292 (KE73): a passive's agent who speaks in the ", who …" clause set off after her.

"The motion was backed on Saturday by the leader of the Greens, X, who called the deal "…"", "The link was first
proposed in 1996 by Y's then prime minister, Z, who called it "…"", "The proposal was put to the meeting by Dr. V's
deputy, Ms. U, who said …", "… place at the plenary session was taken by the First Deputy Prime Minister, who
reported …": the one who backed or proposed a thing or took a place, the passive's agent, speaks in the clause after
her name, as the one a report "was delivered by" or a meeting "was opened by" does (`speech_subjects._PUT_FORWARD_BY`,
asked beside `_HEARD_FROM_OR_BY`).

Golds: a passive's agent before ", who <speech verb>" 19 for, 3 against on every gold at stop 73 (the three against:
"was received by …, who highlighted …", a visit's host; "These views were expressed by him while talking to X, who
called on him"; "… were confirmed by the regional chairmen, who reported …", a group; none of them in the rule); the
rule's own verbs 3 for, 0 against (hard71, hard72, styles17; hard73's "put to the meeting by Dr. …" a fourth), all
missed at base. Left: hard73's "His words were welcomed by the opposition leader, Ms. W, who said …" ("His words"
takes the sentence's head); hard71's "by Y's then prime minister, X, who …" is read from the name on (the passive's
own reader, which gives "proposed by X" the whole sentence, takes no person after "then").

Also read, after these verbs only: an office in lower case between "by" and the name ("by the leader of the Greens,
X", "by Dr. Y's deputy, Ms. X"); not after "heard a report by …", where the golds split (thirtyseventh's "heard the
report of Minister X, who spoke about …" and eightyfirst's "heard a report by … member X, who focused on …" are
narrative in their golds, styles56's "heard a report by the Chair of …, Prof. X, who said …" is his).
"""

from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Assembly debates the river deal"
LEAD = "Premier Oskar Dellimo defended the river deal with Tembaria in a letter to the assembly on Friday."
BACKED = ('The motion was backed on Saturday by the leader of the Greens, Sanna Velt, who called the deal '
          '"a gift wrapped in fog".')
SECONDED = ("The motion was seconded in 2019 by the member for Arlen, Mr. Tomas Wirren, who said that the deal had "
            "been rushed.")
SUPPORTED = ("The bill was supported by the chairman of the finance committee, Ivo Kettel, who warned that the cost "
             "was too low.")
TAKEN = "The chair was taken by the deputy speaker, Ms. Lia Brenn, who thanked the members for their patience."
DELLIMO_SAID = "Premier Dellimo said the deal would bring the region a new port."
PUT_TO = ("The proposal was put to the meeting by Dr. Engelbrand's deputy, Ms. Anouk Terrevald, who said the course "
          "could be held in Lindqvast in the autumn.")
RECEIVED = ("The Premier was then received by the President of the General Assembly, Carla Rivenne, who highlighted "
            "the role of parliaments in the integration of the region.")
HEARD = ("The meeting also heard a report by the member of the security council, Peter Harlow, who focused on the "
         "sanctions.")
GROUP = "The motion was backed by most members of the assembly, who said the deal had been rushed."


def test_backed_by_an_office_in_lower_case_then_who_called():
    """hard72 talvenor: the agent of "was backed on Saturday by the leader of the Greens, X" speaks in "who called
    the deal "…"" (a day before "by", an office in lower case before the name)."""
    body = "\n\n".join([LEAD, BACKED])
    assert_statements(body, [("Sanna Velt", "indirect", BACKED)], title=TITLE)


def test_seconded_supported_and_taken_by_an_office_in_lower_case():
    """A year before "by"; an office in lower case, with "for" or "of", between "by" and the name; "the chair was
    taken by …" (styles17's "place … was taken by the First Deputy Prime Minister, who reported …")."""
    body = "\n\n".join([LEAD, SECONDED, SUPPORTED, TAKEN])
    assert_statements(body, [("Tomas Wirren", "indirect", SECONDED), ("Ivo Kettel", "indirect", SUPPORTED),
                             ("Lia Brenn", "indirect", TAKEN)], title=TITLE)


def test_put_to_the_meeting_by_a_deputy():
    """hard73: "The proposal was put to the meeting by Dr. Y's deputy, Ms. X, who said …"."""
    body = "\n\n".join([LEAD, PUT_TO])
    assert_statements(body, [("Anouk Terrevald", "indirect", PUT_TO)], title=TITLE)


def test_received_by_a_host_stays_narrative():
    """Guard (styles12 uruguana: narrative in its gold): "was received by …, X, who highlighted …", a visit's host,
    is not in the rule."""
    body = "\n\n".join([LEAD, RECEIVED])
    assert_statements(body, [], title=TITLE)


def test_backed_by_a_group_is_no_ones():
    """Guard: the agent a group ("most members of the assembly, who said …"): no one's."""
    body = "\n\n".join([LEAD, GROUP])
    assert_statements(body, [], title=TITLE)


def test_heard_a_report_by_an_office_in_lower_case_stays_as_it_was():
    """Guard (eightyfirst, thirtyseventh: narrative in their golds): "heard a report by the member of …, X, who
    focused on …" is not read; the lower-case office is taken only after the verbs of putting forward."""
    body = "\n\n".join([LEAD, HEARD])
    assert_statements(body, [], title=TITLE)
