"""Helper h985 (sevenhundredfortysixth, Ningxia Hui Autonomous Region as outlets print it): an office in apposition
whose body, in lower case, closes it before the comma (", deputy head of the delegation,"), then a narrative verb
and a speech verb after "and": the name is the subject of both (speech_subjects, `_office_aside_end`)."""

from .test_patterns import assert_statements


def test_lower_case_body_of_office_in_apposition_before_led_and_encouraged():
    assert_statements(
        "Delegation visits the county\n\n"
        "Ann Bolt, deputy head of the delegation, led a team to the county of Marrow and encouraged the county's "
        "officials to create more jobs for local households.",
        [("Ann Bolt", "indirect", "Ann Bolt, deputy head of the delegation, led a team to the county of Marrow and "
          "encouraged the county's officials to create more jobs for local households.")])


def test_lower_case_body_of_office_before_a_narrative_verb_alone_stays_narrative():
    # guard: with no speech verb after the narrative one, the sentence is still narrative
    assert_statements(
        "Delegation visits the county\n\n"
        "Ann Bolt, deputy minister of trade, led a team to the county of Marrow on Tuesday.\n\n"
        "Tom Varga, the county's mayor, said the visit was welcome.",
        [("Tom Varga", "indirect", "Tom Varga, the county's mayor, said the visit was welcome.")])
