"""Rules from the hundred-sixth held-out set (en.kremlin.ru news, 2003): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = ("President Arno Velt sent messages of congratulations to President Lio Fenmar of Ostria and Tam Rulo, "
          "Chairman of the State Council, on National Day")


def test_a_message_to_someone_is_the_senders_not_the_addressees():
    """"His message to President Hu said, in part: / “…”" and "The message to Mr Jiang said, in part:" (29469):
    the person after "message to" is whom it is written to; the quoted paragraphs are the sender's (the
    title's), and the lead-ins introduce them, saying nothing. Before, each addressee was made the speaker of
    the lead-in and of the message written to him."""
    body = ("His message to President Fenmar said, in part:\n\n"
            "“Regular contacts at the highest level are a tradition of our relations.\n\n"
            "“I cherish our contacts and look forward to seeing you again.”\n\n"
            "The message to Mr Rulo said, in part:\n\n"
            "“Our country values the friendship linking our two nations.”")
    assert_statements(body, [
        ("Arno Velt", "direct", "Regular contacts at the highest level are a tradition of our relations."),
        ("Arno Velt", "direct", "I cherish our contacts and look forward to seeing you again."),
        ("Arno Velt", "direct", "Our country values the friendship linking our two nations."),
    ], title=_TITLE)


def test_a_message_to_someone_that_reports_is_the_senders():
    """The same reading when the message's words are reported ("The message to President Fenmar stressed
    that …"): the sender's indirect statement, not the addressee's."""
    body = ("The message to President Fenmar stressed that the two countries had much in common. "
            "President Fenmar thanked the Velt government for the aid.")
    assert_statements(body, [
        ("Arno Velt", "indirect", "The message to President Fenmar stressed that the two countries had much in common."),
        ("Lio Fenmar", "indirect", "President Fenmar thanked the Velt government for the aid."),
    ], title=_TITLE)


def test_called_whom_to_join_is_an_appeal():
    """"Mr Putin called regional and municipal authorities, media outlets and the entire nation to join the
    work …" (29464): "called" with whom and an infinitive of acting together is "called on", an appeal, his
    indirect statement; a telephone call and its purpose ("called Minister X to congratulate him") stays
    narrative."""
    body = ("Arno Velt called the regional governors, the media and the whole nation to join the campaign for "
            "healthy living. "
            "Later, Arno Velt called Minister Lio Fenmar to congratulate him on his birthday.")
    assert_statements(body, [
        ("Arno Velt", "indirect", "Arno Velt called the regional governors, the media and the whole nation to join "
                                  "the campaign for healthy living."),
    ])
