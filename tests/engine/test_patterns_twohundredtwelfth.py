"""Rules from the two-hundred-twelfth held-out set (en.kremlin.ru, February 2013): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Working meeting with Emergencies Minister Telo Brask"


def test_figure_sentence_carries_on_a_report_of_damage():
    """"Mr Puchkov said that more than 290 homes and a number of industrial sites and social facilities were damaged
    by the impact wave. More than 500 people have sought medical assistance." (two-hundred-twelfth 17519): a paragraph
    that opens with the meeting's topic told with no agent ("… was the subject of discussion."), then one person's
    report, is that report to its end, as after what the two who met did together. Before, the topic sentence
    kept the paragraph from opening with a report, and the figure after it was no one's."""
    body = ("President Arvan Tolmen had a working meeting with Emergencies Minister Telo Brask.\n\n"
            "The situation in Dornsk Region following the storm was the subject of discussion. Mr Brask said that "
            "more than 200 homes and a number of social facilities were damaged by the wind. More than 400 people "
            "have sought medical assistance.")
    assert_statements(body, [
        ("Telo Brask", "indirect", "Mr Brask said that more than 200 homes and a number of social facilities were "
                                   "damaged by the wind."),
        ("Telo Brask", "indirect", "More than 400 people have sought medical assistance."),
    ], title=_MEETING)


def test_report_after_a_topic_stops_where_the_meeting_goes_on():
    """Guard: after the meeting's topic and one person's report, a sentence telling of the meeting itself ("The
    meeting was attended by …") or of the people who met ("The two ministers then visited …") is not carried on."""
    body = ("President Arvan Tolmen had a working meeting with Emergencies Minister Telo Brask.\n\n"
            "The situation in Dornsk Region following the storm was the subject of discussion. Mr Brask said that "
            "more than 200 homes were damaged by the wind. The meeting was attended by the regional governor. "
            "Rescue teams arrived in the region on Monday.")
    assert_statements(body, [
        ("Telo Brask", "indirect", "Mr Brask said that more than 200 homes were damaged by the wind."),
    ], title=_MEETING)
