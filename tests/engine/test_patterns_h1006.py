"""Helper h1006 (sevenhundredsixtythird, the Governor of Wyoming as outlets print him): a sentence whose head subject is
a thing a named person owns ("Rowan's office also has been in touch with the State Department …") names that person, as
`_names_in` asks of a sentence that is the writer's, only inside the owner's phrase: it tells what his office did, and
is not carried into the statement an attribution after it closes ("…, Rowan said at a news conference.") nor into the
words of whoever spoke around it. And a speech verb in a "when" clause of a sentence a thing opens ("The potential
visit by Tsai drew attention when Cheyenne Mayor X said …") is no statement: the sentence tells what the thing did."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_persons_office_acting_is_not_led_up_to_his_words():
    body = (
        "CARVEL (AP) — A visit by the envoy of Ostrava remains possible despite Gov. Mark Rowan's quarrel with the "
        "mayor, Rowan said Thursday.\n\n"
        "Rowan's office also has been in touch with the State Department about the logistics of a visit. The "
        "delegation would come by way of Tellis, Rowan said at a news conference.\n"
    )
    assert_statements(body, [
        ("Mark Rowan", "indirect", "A visit by the envoy of Ostrava remains possible despite Gov. Mark Rowan's quarrel "
                                   "with the mayor, Rowan said Thursday."),
        ("Mark Rowan", "indirect", "The delegation would come by way of Tellis, Rowan said at a news conference."),
    ])


def test_a_lead_sentence_with_no_owner_named_is_still_led_up():
    # guard: the lead sentence with no one named (a thing's possessive, "the state's") is still the speaker's
    body = (
        "CARVEL (AP) — A visit by the envoy of Ostrava remains possible despite Gov. Mark Rowan's quarrel with the "
        "mayor, Rowan said Thursday.\n\n"
        "The state's trade with Ostrava has doubled in five years. The delegation would come by way of Tellis, "
        "Rowan said at a news conference.\n"
    )
    assert_statements(body, [
        ("Mark Rowan", "indirect", "A visit by the envoy of Ostrava remains possible despite Gov. Mark Rowan's quarrel "
                                   "with the mayor, Rowan said Thursday."),
        ("Mark Rowan", "indirect", "The state's trade with Ostrava has doubled in five years."),
        ("Mark Rowan", "indirect", "The delegation would come by way of Tellis, Rowan said at a news conference."),
    ])


def test_a_speech_verb_in_a_when_clause_of_a_things_event_is_no_statement():
    # "The potential visit by X drew attention when Mayor Y said …": what the visit did, the speech only when
    body = (
        "Governor Mark Rowan met Ambassador Lena Vask in Carvel on Monday.\n\n"
        "The planned visit by Vask drew attention when Carvel Mayor Ada Pell said Rowan behaved rudely at a meeting.\n"
    )
    assert_statements(body, [])


def test_a_when_clause_after_a_speakers_own_cue_or_a_comma_is_unchanged():
    # guard: a comma before "when", and a person (not a thing) opening the sentence, keep the statement
    body = (
        "Governor Mark Rowan met Ambassador Lena Vask in Carvel on Monday.\n\n"
        "The talks went well, when Carvel Mayor Ada Pell said Rowan behaved kindly.\n\n"
        "Rowan smiled when Carvel Mayor Ada Pell said he was a good host.\n"
    )
    assert_statements(body, [
        ("Ada Pell", "indirect", "The talks went well, when Carvel Mayor Ada Pell said Rowan behaved kindly."),
        ("Ada Pell", "indirect", "Rowan smiled when Carvel Mayor Ada Pell said he was a good host."),
    ])
