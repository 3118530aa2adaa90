"""Rules from the two-hundred-fifteenth held-out set (en.kremlin.ru, November 2001): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CONDOLENCE = "President Arvan Tolmen expressed condolence after the crash of an airliner"


def test_he_was_sure_a_named_leader_shared_his_opinion_is_the_earlier_speakers():
    """"He said that the tragedy would not change the format of his state visit … He was sure President George W. Bush
    shared his opinion." (two-hundred-fifteenth 41508): "He" opens the sentence, someone named before it; the belief
    cue is read after the verbs, and "shared" had noted the President named inside it as the last subject. Before, the
    sentence was Bush's."""
    body = ("Mr Tolmen said that the tragedy would not change the format of his visit. "
            "He was sure President Kesh Dorrel shared his opinion.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said that the tragedy would not change the format of his visit."),
        ("Arvan Tolmen", "indirect", "He was sure President Kesh Dorrel shared his opinion."),
    ], title=_CONDOLENCE)


def test_a_named_subject_is_sure_of_what_he_agreed_stays_his():
    """Guard: a name, not a pronoun, opens the sentence ("President Kesh Dorrel was sure that he agreed"): the belief
    is the named subject's, the subjects as they stand."""
    body = ("Mr Tolmen said that the tragedy would not change the format of his visit. "
            "President Kesh Dorrel was sure that he would come.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said that the tragedy would not change the format of his visit."),
        ("Kesh Dorrel", "indirect", "President Kesh Dorrel was sure that he would come."),
    ], title=_CONDOLENCE)


_MEETING = "President Arvan Tolmen met with public figures and businesspeople"


def test_today_a_coalition_was_ready_carries_on_his_report():
    """"He stressed that Russia was among the first to suffer the blows of contemporary terrorism, which it had been
    fighting single-handed. Today, a broad multi-national coalition was ready to repulse the threat." (two-hundred-
    fifteenth 26869): "Today" with "was ready" is his claim backshifted, as "Today, X is ready" is, not the day's
    news. Before, the sentence was no one's."""
    body = ("Mr Tolmen said he was glad to greet them. He stressed that Lessovia was among the first to suffer the "
            "blows of terrorism. Today, a broad coalition was ready to repulse the threat.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said he was glad to greet them."),
        ("Arvan Tolmen", "indirect", "He stressed that Lessovia was among the first to suffer the blows of terrorism."),
        ("Arvan Tolmen", "indirect", "Today, a broad coalition was ready to repulse the threat."),
    ], title=_MEETING)


def test_today_an_agreement_was_signed_is_the_days_news():
    """Guard: "Today, the agreement was signed." is an event of the day (a passive), not his words carried on: only
    "was/were" before "ready", "able", "unable", "willing", "keen", "eager" or "one of" reads as his claim."""
    body = ("Mr Tolmen said he was glad to greet them. He stressed that Lessovia was among the first to suffer the "
            "blows of terrorism. Today, the agreement was signed.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said he was glad to greet them."),
        ("Arvan Tolmen", "indirect", "He stressed that Lessovia was among the first to suffer the blows of terrorism."),
    ], title=_MEETING)


def test_a_published_statement_of_the_title_host_is_his():
    """"President Vladimir Putin's statement on the destruction of the last nuclear missile removed from Ukraine has been
    published" over "The statement said, in part: / “…” / “…”" (two-hundred-fifteenth 26874): the title opens with its
    host's text, as "X sent a message to Y"; the lead-in names no author. Before, the quotation was no one's."""
    body = ("The statement said, in part:\n\n"
            "“The last missile removed from Lessovia was destroyed late in October.\n\n"
            "“The relevant clauses of the Protocol have thus been implemented.”")
    assert_statements(body, [
        ("Arvan Tolmen", "direct", "The last missile removed from Lessovia was destroyed late in October."),
        ("Arvan Tolmen", "direct", "The relevant clauses of the Protocol have thus been implemented."),
    ], title="President Arvan Tolmen's statement on the destruction of the last missile has been published")


def test_another_persons_statement_in_the_title_is_not_the_hosts():
    """Guard: "X welcomed Y's statement" in the title: the possessive is not the title's opening, so the quoted
    statement is not X's (the title form takes only capitalised words before "'s statement")."""
    body = ("The statement said, in part:\n\n"
            "“The last missile removed from Lessovia was destroyed late in October.”")
    assert_statements(body, [], title="President Arvan Tolmen welcomed Kesh Dorrel's statement on the missile")


def test_a_joint_statement_quoted_after_its_lead_in_is_no_ones():
    """Guard: "The two presidents adopted a joint statement. / The statement said, in part: / “…”": several wrote it;
    "statement" among the written texts does not make it the title host's."""
    body = ("The two presidents adopted a joint statement.\n\n"
            "The statement said, in part:\n\n"
            "“The sides will deepen their cooperation.”")
    assert_statements(body, [], title="President Arvan Tolmen's talks with President Kesh Dorrel")
