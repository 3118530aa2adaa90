"""Review rf3 of stop 70's merged rules (h1212, fx73, h1217, h1218, h1219): mends of outputs a new rule made worse than
base, each with its guard; invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_set_off_after_an_office_is_that_offices_holder():
    """h1219's `_holder_set_off_before_the_verb` gave the envoy's words to the President named in apposition to his
    office ("The envoy sent to Vimar by the President of Zelan, Lina Marsh, on Tuesday said …"): the name is the
    President's, the envoy no one named. Before the mend, Lina Marsh's; at base, no one's."""
    body = ("The talks were held in Zelan.\n\n"
            "The envoy sent to Vimar by the President of Zelan, Lina Marsh, on Tuesday said the border would open.")
    assert_statements(body, [])


def test_a_name_set_off_after_a_body_still_holds_the_office():
    """The guard: after a body, not an office ("The mediator sent to Vimar by the bloc, Tomas Arvel, on Tuesday said
    …"), the name set off before the verb is the mediator's, who speaks."""
    second = "The mediator sent to Vimar by the bloc, Tomas Arvel, on Tuesday said the talks would resume."
    assert_statements("The talks were held in Zelan.\n\n" + second, [
        ("Tomas Arvel", "indirect", second),
    ])
