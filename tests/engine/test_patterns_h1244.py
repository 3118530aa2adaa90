"""Rules from the nine-hundred-fifty-third held-out set (the Governor of Gombe State, Nigeria, and those who speak at
or of his meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_appeal_to_a_governor_written_gov_with_a_dot():
    """"X has called on Gov. Y to revive the council's meeting in the state." (Independent 2019-07-09): the dot of the
    short title "Gov." ends no sentence, so the call runs on to its "to" and is an appeal, X's statement. Before, the
    courtesy-call reading ended the call at "Gov." and the sentence was no one's."""
    body = ("The Deputy Chairman of the Varnian Council of Elders, Alhaji Tomas Berek, has called on Gov. Ivo Lenart "
            "to revive the council meeting in the state.")
    assert_statements(body, [
        ("Tomas Berek", "indirect", body),
    ])


def test_appeal_to_a_senator_written_sen_with_a_dot():
    """The same with "Sen.": "X called on Sen. Y to withdraw the bill.", an appeal, X's."""
    body = "Governor Ivo Lenart of Varnia called on Sen. Dara Morvik to withdraw the bill."
    assert_statements(body, [
        ("Ivo Lenart", "indirect", body),
    ])


def test_courtesy_call_on_a_governor_written_gov_with_a_dot_stays_narrative():
    """The guard: "X called on Gov. Y at the Government House." is a courtesy call (no "to" of an appeal before
    the sentence ends), narrative, as before."""
    body = ("The Ambassador of Kelvar, Alhaji Tomas Berek, called on Gov. Ivo Lenart at the Government House in "
            "Dorvan on Tuesday.")
    assert_statements(body, [])


def test_acceptance_speech_between_a_name_and_its_verb():
    """"The Emir of X Alhaji Y in his acceptance speech appreciated the gesture offered to him and promised that …"
    (Peoples Daily 2018-11-05): "acceptance" qualifies the speech as "opening" does the remarks, the name the subject,
    his statement. Before, no one's."""
    body = ("The Governor of Dorvan presented the staff of office to the new Emir. The Emir of Dalo Alhaji Haruna Vesk "
            "in his acceptance speech appreciated the gesture and promised that the staff will add value to his reign.")
    assert_statements(body, [
        ("Haruna Vesk", "indirect", "The Emir of Dalo Alhaji Haruna Vesk in his acceptance speech appreciated the "
                                    "gesture and promised that the staff will add value to his reign."),
    ])


def test_however_with_no_commas_before_a_verb_and_its_speech_participle():
    """"Diop however identified areas for further improvement, stressing the need for …" (Africa News Bulletin): the
    linking adverb with no commas between the subject and its verb is stepped over, as ", however," is; the
    participle's subject is the person, his statement. Before, no one's."""
    body = ("Dr Pavo Kren, the Kelvar Bank's director, praised the province's strides. Kren however identified areas "
            "for further improvement, stressing the need for sustained momentum.")
    assert_statements(body, [
        ("Pavo Kren", "indirect", "Dr Pavo Kren, the Kelvar Bank's director, praised the province's strides."),
        ("Pavo Kren", "indirect", "Kren however identified areas for further improvement, stressing the need for "
                                  "sustained momentum."),
    ])


def test_however_after_a_thing_before_a_participle_stays_no_ones():
    """The guard: a thing as the subject ("The report however identified gaps, stressing …"): no person, no one's
    statement, as before."""
    body = ("Dr Pavo Kren, the Kelvar Bank's director, praised the province's strides. The audit report however "
            "identified gaps in the accounts, stressing the need for reform.")
    assert_statements(body, [
        ("Pavo Kren", "indirect", "Dr Pavo Kren, the Kelvar Bank's director, praised the province's strides."),
    ])
