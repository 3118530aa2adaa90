"""rf18's review of h1283 and h1284 (stop 72): mends of their rules, invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_sought_to_halt_deployment_is_no_request():
    """h1283's "sought … deployment" (a request) read "to" and a verb in its two free words: "sought to halt
    deployment of troops" is an effort against the deployment, no ask, narrative as at base; "seeking for more
    deployment of troops" stays a request."""
    body = ("Governor Tarin Malo of Vessa sought to halt deployment of troops to the northern towns.\n\n"
            "Governor Malo sought to stop deployments of police in the markets.\n\n"
            "Governor Malo is seeking for more deployment of troops to the border towns.")
    assert_statements(body, [
        ("Tarin Malo", "indirect", "Governor Malo is seeking for more deployment of troops to the border towns."),
    ])


def test_said_so_with_a_day_set_off_by_commas_before_a_that_clause_is_his_statement():
    """The guard h1283's own test names but does not hold (its readout has no "this" or "so"): "said so, Monday, in
    Dorn, that …" has a that-clause after the occasion, what he said, so the day set off by commas does not make it
    narrative."""
    body = ("Governor Tarin Malo of Vessa received the chiefs.\n\n"
            "Governor Malo said so, Monday, in Dorn, that the roads would be rebuilt before the rains.")
    assert_statements(body, [
        ("Tarin Malo", "indirect", "Governor Malo said so, Monday, in Dorn, that the roads would be rebuilt before the "
                                   "rains."),
    ])
