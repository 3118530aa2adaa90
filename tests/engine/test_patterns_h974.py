"""Helper h974 (sevenhundredthirtyseventh, Hubei and Wuhan): a manner adverb of gladness between a pronoun and its
speech verb ("He then happily recalled his visit …, and welcomed …"); an untagged quotation whose sentence ends with
its own stop, the next sentence naming its speaker in a lead-in to a quotation of their own ("“…” X, Consul General in
Y,during his visit …, said, “…”"); and a paragraph "It is eager to …" carrying on one who spoke of his place as "it"."""
from __future__ import annotations

from .test_patterns import assert_statements

INTRO = "Governor Ilo Varn of Tarvik met Consul Osk Tamm of Veloria in Tarvik on 3 May."


def test_happily_between_pronoun_and_speech_verb():
    body = (f"{INTRO}\n\nMeanwhile, Governor Varn thanked Consul Tamm for his visit. He then happily recalled his visit "
            "to Sarvia, and welcomed more Velorian companies to invest in Tarvik.\n")
    assert_statements(body, [
        ("Ilo Varn", "indirect", "Meanwhile, Governor Varn thanked Consul Tamm for his visit."),
        ("Ilo Varn", "indirect", "He then happily recalled his visit to Sarvia, and welcomed more Velorian companies "
                                 "to invest in Tarvik."),
    ])


def test_happily_in_a_narrative_sentence_stays_narrative():
    body = f"{INTRO}\n\nThe delegation then happily toured the old harbour of Tarvik.\n"
    assert_statements(body, [])


def test_untagged_quotation_then_lead_in_of_a_named_speaker_with_asides():
    body = ("Consul visits Tarvik\n\n\"We have seen a lot of growth in Tarvik, in trade and in education.\" Osk Tamm, "
            "Velorian Consul General in Sarvik,during his visit to Tarvik in May, said, \"We have found the city "
            "changed. It is inspiring!\"\n")
    assert_statements(body, [
        ("Osk Tamm", "direct", "We have seen a lot of growth in Tarvik, in trade and in education."),
        ("Osk Tamm", "direct", "We have found the city changed. It is inspiring!"),
    ])


def test_quotation_led_in_by_its_own_cue_keeps_it():
    body = ("Ilo Varn and Osk Tamm signed the loan agreement in Tarvik.\n\nMr. Tamm stated, \"This is another vote of "
            "confidence in the way the Bank is managed.\" He added, \"The loan is the most concessional money we "
            "have.\"\n\nMs. Varn noted, \"We are passing all of it on to the farmers.\"\n")
    assert_statements(body, [
        ("Osk Tamm", "direct", "This is another vote of confidence in the way the Bank is managed."),
        ("Osk Tamm", "direct", "The loan is the most concessional money we have."),
        ("Ilo Varn", "direct", "We are passing all of it on to the farmers."),
    ])


MAYOR = ("Mayor meets trade group\n\nIlo Varn, mayor of Tarvik, welcomed Osk Tamm, president of the Velorian Trade "
         "Association.\n\nHe said that Tarvik is a central city and an important industrial base. At present, it is "
         "speeding up the construction of five industrial bases.\n\n{between}\n\nOsk Tamm said that he hoped to promote "
         "more projects.\n")


def test_it_is_eager_carries_on_the_place_he_spoke_of_as_it():
    between = "It is eager to attract more Velorian enterprises to invest in Tarvik."
    assert_statements(MAYOR.format(between=between), [
        ("Ilo Varn", "indirect", "Ilo Varn, mayor of Tarvik, welcomed Osk Tamm, president of the Velorian Trade "
                                 "Association."),
        ("Ilo Varn", "indirect", "He said that Tarvik is a central city and an important industrial base."),
        ("Ilo Varn", "indirect", "At present, it is speeding up the construction of five industrial bases."),
        ("Ilo Varn", "indirect", between),
        ("Osk Tamm", "indirect", "Osk Tamm said that he hoped to promote more projects."),
    ])


def test_it_is_eager_after_no_it_of_his_own_is_not_carried():
    body = ("Mayor meets trade group\n\nIlo Varn, mayor of Tarvik, welcomed Osk Tamm, president of the Velorian Trade "
            "Association.\n\nHe said that Tarvik is a central city and an important industrial base.\n\nIt is eager "
            "to attract more Velorian enterprises to invest in Tarvik.\n\nOsk Tamm said that he hoped to promote more "
            "projects.\n")
    assert_statements(body, [
        ("Ilo Varn", "indirect", "Ilo Varn, mayor of Tarvik, welcomed Osk Tamm, president of the Velorian Trade "
                                 "Association."),
        ("Ilo Varn", "indirect", "He said that Tarvik is a central city and an important industrial base."),
        ("Osk Tamm", "indirect", "Osk Tamm said that he hoped to promote more projects."),
    ])
