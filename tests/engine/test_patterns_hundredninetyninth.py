"""Rules from the hundred-ninety-ninth held-out set (en.kremlin.ru, May 2005 and June 2006): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_speech_closed_by_said_goes_on_in_the_paragraphs_after():
    """"Although the Urals region has immense industrial potential, foreign direct investment in the region is not high …,
    President Vladimir Putin said at a meeting on …" and then "What stands out is that growth is a lot stronger …", "These
    are all signs of fundamental problems …" (33368): the speaker's own words, closed by "…, X said", go on in the
    paragraphs after that say nothing new. Before, only the first paragraph was his."""
    body = ("President Arvel Dunmore held a meeting on the northern district.\n\n"
            "Although the district has immense potential, investment in the region is not high, President Arvel Dunmore "
            "said at a meeting on the development of the northern district.\n\n"
            "What stands out is that growth is a lot stronger in some areas than in others. Small business development "
            "declined noticeably in 2004.\n\n"
            "These are all signs of fundamental problems in the way the authorities are going about their tasks.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Although the district has immense potential, investment in the region is not high, President Arvel Dunmore "
         "said at a meeting on the development of the northern district."),
        ("Arvel Dunmore", "indirect", "What stands out is that growth is a lot stronger in some areas than in others."),
        ("Arvel Dunmore", "indirect", "Small business development declined noticeably in 2004."),
        ("Arvel Dunmore", "indirect",
         "These are all signs of fundamental problems in the way the authorities are going about their tasks."),
    ])


def test_after_said_under_a_meeting_title_background_is_no_speech():
    """The guard (sixty-ninth 29129): under a title "X met with Y" a paragraph after "…, said X at the meeting." that
    gives background with no one named ("The forecast for the yield was reduced … due to inclement weather.") is the
    readout's own account, not more of X's words; only a headline naming no host carries the speech on."""
    title = "President Arvel Dunmore met with Normian Prime Minister Tomas Vell"
    body = (title + "\n\n"
            "Ostria is ready to ensure the necessary grain supplies to Normia under acceptable terms, said Arvel Dunmore "
            "at the meeting.\n\n"
            "The forecast for the grain yield in Normia was reduced to 25 million tons due to inclement weather.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Ostria is ready to ensure the necessary grain supplies to Normia under acceptable terms, said Arvel Dunmore "
         "at the meeting."),
    ], title=title)


def test_plural_messages_speak_for_their_sender():
    """"In his messages of congratulations, Mr. Putin notes …" / "The messages also speak of Russia’s willingness to …"
    (33348): his two messages, the sender's words, as "The message notes …". Before, nothing for the plural."""
    body = ("President Arvel Dunmore sent his congratulations to President Tomas Vell and Prime Minister Ilse Varna "
            "on the national holiday of Normia.\n\n"
            "In his messages of congratulations, Mr Dunmore notes the positive dynamic in relations.\n\n"
            "The messages also speak of Ostria's willingness to pursue work aimed at ensuring stability in the region.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "President Arvel Dunmore sent his congratulations to President Tomas Vell and Prime Minister Ilse Varna "
         "on the national holiday of Normia."),
        ("Arvel Dunmore", "indirect",
         "In his messages of congratulations, Mr Dunmore notes the positive dynamic in relations."),
        ("Arvel Dunmore", "indirect",
         "The messages also speak of Ostria's willingness to pursue work aimed at ensuring stability in the region."),
    ])


def test_messages_with_no_sender_named_say_nothing():
    """The guard: "The messages" with no sender before (a title or a statement that sends them: "X met Y") are no one's
    words."""
    body = ("President Arvel Dunmore met with Prime Minister Tomas Vell.\n\n"
            "The two leaders toured the harbour.\n\n"
            "The messages also speak of Ostria's willingness to pursue work aimed at ensuring stability in the region.")
    assert_statements(body, [])
