"""Helper h855's patterns (sixhundredfortieth, Zhejiang's provincial and municipal English pages), one construction each.

The first: a governor's report carried on over the sentences of his paragraph in which his own side's bodies, his
province and his side's "we" are the subjects ("… is a duty of Dalvora, said X. The Provincial Party Committee and the
Provincial Government have always … . Especially in recent years, Dalvora has built … . Taking into consideration …,
we shall …"): two bodies named by what they are joined by "and" are no people (`carrying_on._two_bodies_named`), the
bare name of a place his own words spoke of is the place his report is about (`CarryingOn._place_of_own_report`),
"Especially" opens a sentence as an adverb, no name (`sentence_patterns.INTRO_WORDS`), and "Taking into consideration
…, we shall" is the "we" of intent after what it weighs (`carrying_on._FRONTED_TAKING_WE`).
The next: "made a speech on <a lower-case topic>" spoke about it (`lexicon._COMPLEMENTS`, make|made).
The last: an office aside read whole over "and" ("Special Envoy of … to the Ocean Conference and Ambassador for
Maritime Affairs of Dalvora") is two offices, both the name's (`name_offices._second_office_read_whole`), so that "The
ambassador said …" is his.
And: after semicolons, "; and Name, <office>, briefed …" is the name's clause, as "; and the <office>, Name, supported …"
was (`SpeechSubjects._office_and_name_after_semicolon`).
"""
from __future__ import annotations

from readout_tui.engine.phrases import phrase_starting_at
from readout_tui.engine.statements import Attributor

from .test_patterns import assert_statements, run

_GOVERNOR = ("Governor Orin Telvaz Meets with Delegation from Marsk Prefecture\n\n"
             "On Monday, Governor Orin Telvaz met with the delegation from Marsk Prefecture.\n\n"
             "Aid to Marsk is a glorious task of Dalvora, said Orin Telvaz. {second} Especially in recent years, "
             "{place} has built a smooth system of exchanges with Marsk. Taking into consideration the needs of the "
             "people, we shall promote cooperation in industry and tourism.")


def test_a_governors_report_goes_on_over_his_sides_bodies_place_and_we():
    """The rule: every sentence of his paragraph after his inverted attribution is his."""
    body = _GOVERNOR.format(second="The Provincial Party Committee and the Provincial Government have always attached "
                                   "great importance to aid.", place="Dalvora")
    assert_statements(body, [
        ("Orin Telvaz", "indirect", "Aid to Marsk is a glorious task of Dalvora, said Orin Telvaz."),
        ("Orin Telvaz", "indirect", "The Provincial Party Committee and the Provincial Government have always attached "
                                    "great importance to aid."),
        ("Orin Telvaz", "indirect", "Especially in recent years, Dalvora has built a smooth system of exchanges with "
                                    "Marsk."),
        ("Orin Telvaz", "indirect", "Taking into consideration the needs of the people, we shall promote cooperation in "
                                    "industry and tourism."),
    ])


def test_a_place_his_words_did_not_name_stops_the_report():
    """The guard: "Kastravia has built …", a place his own words never named, is the readout's; what follows is
    no longer known to be his."""
    body = _GOVERNOR.format(second="He thanked the guests.", place="Kastravia")
    assert_statements(body, [
        ("Orin Telvaz", "indirect", "Aid to Marsk is a glorious task of Dalvora, said Orin Telvaz."),
        ("Orin Telvaz", "indirect", "He thanked the guests."),
    ])


def _own_report_place(body: str, word: str) -> bool:
    """`CarryingOn._place_of_own_report` for the last sentence of `body`'s last paragraph, opening with `word`."""
    reading = Attributor(body)
    reading.run()
    lo = body.rindex(word)
    subject = phrase_starting_at(body, lo, len(body))
    reporter = reading.found[0].person
    return reading._place_of_own_report(subject, lo, reporter)


def test_a_body_in_capitals_named_in_his_words_is_no_place_of_his_report():
    """The guard: a body written in capitals ("USDA will fund …", fifth's USDA call) is no place his report is
    about, where a one-word place his words named is."""
    said = ("Under Secretary Orin Telvaz held a call with farmers on Monday.\n\n"
            "Telvaz said that {word} and its partners will invest in climate-smart farming. {word} will fund pilots.")
    assert _own_report_place(said.format(word="Dalvora"), "Dalvora")
    assert not _own_report_place(said.format(word="USDA"), "USDA")


_SPEECH = ("Deputy Mayor Lina Corvel and Secretary-General Ivo Marsh attended the conference at the Dalvora branch. "
           "After the conference, Corvel made a speech {on}.")


def test_a_speech_on_a_topic_is_the_speakers_statement():
    """"made a speech on stabilizing foreign trade …": she spoke about it, as "made a presentation on"."""
    assert_statements(_SPEECH.format(on="on stabilizing foreign trade and promoting consumption in Dalvora"), [
        ("Lina Corvel", "indirect", "After the conference, Corvel made a speech on stabilizing foreign trade and "
                                    "promoting consumption in Dalvora."),
    ])


def test_a_speech_on_an_occasion_or_a_day_is_narrative():
    """The guard: "made a speech on the occasion of …", "made a speech on Monday": when, not what about."""
    assert_statements(_SPEECH.format(on="on the occasion of the city's anniversary"), [])
    assert_statements(_SPEECH.format(on="on Monday"), [])


_ENVOY = ("Envoy visits Marsk\n\n"
          "On April 5, Mr. Orin Telvaz, Special Envoy of the President of Norway to the United Nations Ocean Conference "
          "and {second} of Norway, visited Marsk with his delegation. Mr. Ivo Brandt, Consul General of Norway in "
          "Varnia, accompanied {whom} on the visit.\n\n"
          "The delegation also visited the Port Museum. The ambassador said that he was willing to promote exchanges.")


def test_two_offices_read_whole_in_an_aside_are_both_the_names():
    """"…, Special Envoy of … Conference and Ambassador for Maritime and Polar Affairs of Norway, visited …": "The
    ambassador" is the envoy."""
    assert_statements(_ENVOY.format(second="Ambassador for Maritime and Polar Affairs", whom="the ambassador"), [
        ("Orin Telvaz", "indirect", "The ambassador said that he was willing to promote exchanges."),
    ])


def test_a_remit_after_and_is_no_second_office():
    """The guard: "… Conference and Maritime Affairs of Dalvora" adds no office, so no ambassador is his."""
    assert not any(s.speaker == "Orin Telvaz" for s in run(
        _ENVOY.format(second="Maritime Affairs", whom="the envoy")).statements)


def test_a_name_and_its_office_after_a_semicolon_own_their_clause():
    """"Zhu …, made a speech; Gao …, presided …; and Sheng Qiuping, director of …, briefed the relevant work.":
    Sheng's clause, not the sentence's first subject's."""
    assert_statements(
        "A teleconference was held in Marsk. Orin Telvaz, deputy governor of the Provincial Government, made a speech; "
        "Ivo Brandt presided over the conference; and Lina Corvel, director of the Provincial Department of Commerce, "
        "briefed the relevant work.", [
            ("Lina Corvel", "indirect", "and Lina Corvel, director of the Provincial Department of Commerce, briefed "
                                        "the relevant work."),
        ])


def test_a_name_with_no_office_after_a_semicolon_is_read_as_before():
    """The guard: "; and Lina Corvel briefed …" with no office aside, as the engine read it before."""
    assert_statements(
        "A teleconference was held in Marsk. Orin Telvaz made a speech; Ivo Brandt presided over the conference; and "
        "Lina Corvel briefed the relevant work.", [
            ("Lina Corvel", "indirect", "Lina Corvel briefed the relevant work."),
        ])
