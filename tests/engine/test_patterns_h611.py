"""Known errors of the held-out sets mended by general rules (stop 45): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_head_of_state_after_one_who_thanked_another_is_the_one_who_thanked():
    """"President Ilham Aliyev thanked the Turkish President for the phone call and condolences. The head of state
    noted that …" (four-hundred-sixteenth az_president 2017-07-06): the title names the caller first, so he was the
    readout's principal and "the head of state" was read as him; the sentence before has one head of state as its
    subject and the other as its object, and "the head of state" carries its subject on."""
    title = "Velorian President Oren Balt phoned Marek Tovan"
    body = ("President of the Republic of Veloria Oren Balt made a phone call to President of the Republic of "
            "Kastravia Marek Tovan on May 3.\n\n"
            "The Velorian President extended his condolences to the President of Kastravia over the floods.\n\n"
            "President Marek Tovan thanked the Velorian President for the phone call and condolences.\n\n"
            "The head of state noted that the rescue teams had saved hundreds of lives.")
    assert_statements(body, [
        ("Oren Balt", "indirect", "The Velorian President extended his condolences to the President of Kastravia "
                                  "over the floods."),
        ("Marek Tovan", "indirect", "President Marek Tovan thanked the Velorian President for the phone call and "
                                    "condolences."),
        ("Marek Tovan", "indirect", "The head of state noted that the rescue teams had saved hundreds of lives."),
    ], title=title)


def test_the_head_of_state_after_the_principal_received_a_guest_stays_the_principal():
    """The other way round the rule leaves alone: the sentence before has the principal as its subject, so "the
    head of state" is he, though a guest head of state is its object."""
    title = "Marek Tovan met with President of Veloria Oren Balt"
    body = ("President of Kastravia Marek Tovan met with President of Veloria Oren Balt.\n\n"
            "President Marek Tovan thanked the Velorian President for the visit.\n\n"
            "The head of state noted that trade had doubled.")
    assert_statements(body, [
        ("Marek Tovan", "indirect", "President Marek Tovan thanked the Velorian President for the visit."),
        ("Marek Tovan", "indirect", "The head of state noted that trade had doubled."),
    ], title=title)

