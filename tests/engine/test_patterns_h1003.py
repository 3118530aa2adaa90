"""Helper h1003 (sevenhundredsixtieth, the Presidency of Burkina Faso as English outlets print it): "the former <office>
of <a body>" is one description, its "former" kept, and names the one person the readout introduced as a former holder
of some office, not the holder of that office now."""
from __future__ import annotations

from .test_patterns import assert_statements, run

_RECEIVED = (
    "Arriving in Tarvik on Tuesday, former Velorian Prime Minister Oren Balt was received in audience by "
    "President Marta Selin.\n\n"
)


def test_the_former_office_of_a_body_is_the_one_named_as_a_former_holder():
    body = _RECEIVED + (
        "The former president of the Velorian National Assembly was pleased to see that Kastravia is led by an "
        "enlightened head of state and praised the government for their commitment.\n"
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "The former president of the Velorian National Assembly was pleased to see that "
         "Kastravia is led by an enlightened head of state and praised the government for their commitment."),
    ])


def test_the_former_office_of_a_known_nation_is_the_former_holder_of_another_office():
    body = (
        "Arriving in Tarvik on Tuesday, former Ivorian Prime Minister Oren Balt was received in audience by "
        "President Marta Selin.\n\n"
        "The former president of the Ivorian National Assembly praised the government for their commitment.\n"
    )
    assert_statements(body, [
        ("Oren Balt", "indirect",
         "The former president of the Ivorian National Assembly praised the government for their commitment."),
    ])


def test_the_office_of_a_body_without_former_stays_its_holder_now():
    # guard: with no "former", the description is the office's holder now, not the former officeholder
    body = _RECEIVED + "The president of the Velorian National Assembly praised the government for their commitment.\n"
    assert_statements(body, [
        ("Marta Selin", "indirect",
         "The president of the Velorian National Assembly praised the government for their commitment."),
    ])


def test_two_former_holders_leave_the_former_office_unresolved_to_either():
    # guard: two people named as former holders of other offices: neither is chosen by this reading (the reading
    # before it stands)
    body = (
        "President Marta Selin received former Velorian Prime Minister Oren Balt and former Velorian Foreign "
        "Minister Ilse Varn in Tarvik on Tuesday.\n\n"
        "The former president of the Velorian National Assembly praised the government for their commitment.\n"
    )
    result = run(body)
    assert not any(s.speaker in ("Oren Balt", "Ilse Varn") for s in result.statements)
