"""Helper h1003 (sevenhundredsixtieth, the Presidency of Burkina Faso as English outlets print it): "the former <office>
of <a body>" is one description, its "former" kept, and names the one person the readout introduced as a former holder
of some office, not the holder of that office now; a long phrase fronted before the subject that tells where he is
("Present in …", "Arriving in … for …", after a dateline), then the office, a second title and the name set off by commas,
makes that name the subject a "He" after it means."""
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


def test_a_fronted_stay_after_a_dateline_then_two_titles_makes_the_subject_of_he():
    body = (
        "Tarvik: Present in Tarvik for the commemoration of the 80th anniversary of the founding of the Republic, the "
        "President of Velora, Head of State, Oren Balt, met with the staff of the Velorian embassy. He "
        "encouraged them for their work, urging them to promote the image of Velora.\n"
    )
    assert_statements(body, [
        ("Oren Balt", "indirect",
         "He encouraged them for their work, urging them to promote the image of Velora."),
    ])


def test_a_fronted_arrival_with_its_purpose_makes_the_subject_of_he():
    body = (
        "Arriving in Tarvik for the summit, the President of Velora, Oren Balt, met with the staff of the "
        "embassy. He urged them to promote the image of Velora.\n"
    )
    assert_statements(body, [("Oren Balt", "indirect", "He urged them to promote the image of Velora.")])


def test_a_fronted_phrase_with_a_lower_case_aside_leaves_he_as_before():
    # guard: a set-off aside in lower case between the office and the name is no second title
    body = (
        "Arriving in Tarvik for the summit, the President of Velora, who came by train, Oren Balt, met the "
        "staff. He urged them to promote the image of Velora.\n"
    )
    result = run(body)
    assert not any(s.speaker and "Balt" in s.speaker for s in result.statements)
