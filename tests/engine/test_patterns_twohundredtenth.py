"""Rules from the two-hundred-tenth held-out set (en.kremlin.ru, April 2013): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = "Greetings to the forum of Dornsk University graduates"


def test_middle_paragraph_with_a_single_quoted_phrase_carries_the_quotation_on():
    """"The telegram reads, in part: / “Today, the capital of Azerbaijan is welcoming … / Over the last decades, …
    as they say, ‘at the international level.’ / I will note that … / I am certain that … personal communication.”"
    (two-hundred-tenth 48117): inside a double-quoted quotation running over several paragraphs, single marks quote
    words within it, so a middle paragraph that has only those still carries the quotation on. Before, the
    single-quoted phrase was taken for a quotation of its own and the middle paragraphs were no one's."""
    body = ("President Arvan Tolmen sent greetings to the participants of the forum.\n\n"
            "The telegram reads, in part:\n\n"
            "“Today, the capital of Velmar is welcoming graduates from many nations.\n\n"
            "Over the years, the university has trained brilliant diplomats and scholars. Its diploma serves as "
            "evidence of up-to-date knowledge, as they say, ‘at the international level.’\n\n"
            "I will note that your knowledge of languages plays a major role in your careers. Just remember that we "
            "will always be happy to see you again.\n\n"
            "I am certain that this forum will enrich the relations between our nations.”")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "President Arvan Tolmen sent greetings to the participants of the forum."),
        ("Arvan Tolmen", "direct", "Today, the capital of Velmar is welcoming graduates from many nations."),
        ("Arvan Tolmen", "direct", "Over the years, the university has trained brilliant diplomats and scholars. Its "
                                   "diploma serves as evidence of up-to-date knowledge, as they say, ‘at the "
                                   "international level.’"),
        ("Arvan Tolmen", "direct", "I will note that your knowledge of languages plays a major role in your careers. "
                                   "Just remember that we will always be happy to see you again."),
        ("Arvan Tolmen", "direct", "I am certain that this forum will enrich the relations between our nations."),
    ], title=_TITLE)


def test_single_quoted_paragraph_with_no_later_closing_is_not_carried_on():
    """Guard: a quotation left open that no later paragraph closes ends with its paragraph; the next paragraph,
    narrative with a single-quoted term in it, is not carried on as the quotation's words."""
    body = ("President Arvan Tolmen sent greetings to the participants of the forum.\n\n"
            "The telegram reads, in part:\n\n"
            "“Today, the capital of Velmar is welcoming graduates from many nations.\n\n"
            "The forum, entitled ‘Together into the Future,’ will last three days.\n\n"
            "Graduates from forty countries arrived in Velmar.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "President Arvan Tolmen sent greetings to the participants of the forum."),
        ("Arvan Tolmen", "direct", "Today, the capital of Velmar is welcoming graduates from many nations."),
    ], title=_TITLE)


def test_straight_single_marks_in_a_middle_paragraph_still_end_the_quotation():
    """Guard: straight single marks (`'doubled', 'false'`), which may be strays or code, are not read as words the
    open quotation quotes: the paragraph holding them is not carried on, and the quotation ends before it."""
    body = ("President Arvan Tolmen sent greetings to the participants of the forum.\n\n"
            "The telegram reads, in part:\n\n"
            "“Today, the capital of Velmar is welcoming graduates from many nations.\n\n"
            "Misses by shape: [('doubled', 'false'), ('lead', 'missed')] in the table.\n\n"
            "I am certain that this forum will enrich the relations between our nations.”")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "President Arvan Tolmen sent greetings to the participants of the forum."),
        ("Arvan Tolmen", "direct", "Today, the capital of Velmar is welcoming graduates from many nations."),
        ("Arvan Tolmen", "direct", "I am certain that this forum will enrich the relations between our nations."),
    ], title=_TITLE)
