"""Patterns found by the thirty-eighth held-out set (benchmarks/heldout/thirtyeighth/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_after_an_inline_separator_opens_the_transcript():
    """"… Defence Minister Ivo Dask. * * * President of Velmora Petr Halen: Good afternoon. …":
    a joined paragraph whose separator stands inside it; the transcript starts at the label
    after it (kremlin_67335 and 67618 gave the President's opening to no one)."""
    title = "Meeting with permanent members of the Security Council"
    body = ("The President held a meeting with permanent members of the Security Council.\n\n"
            "The meeting was attended by Speaker Lidia Morn, Foreign Minister Oren Balt and Defence Minister Ivo "
            "Dask. * * * President of Velmora Petr Halen: Good afternoon. Today, I suggest discussing our economic "
            "security. I have asked the Foreign Minister to speak first. <…>")
    assert_statements(body, [
        ("Petr Halen", "direct", "Good afternoon. Today, I suggest discussing our economic security. I have asked "
                                 "the Foreign Minister to speak first."),
    ], title=title)


def test_a_heading_run_into_the_first_label_leaves_the_label_speaking():
    """"Beginning of Velmoran-Ostravan talks President of Velmora Petr Halen: Mr President, …":
    the part's heading and the first label joined in one paragraph; the heading is no one's
    and the words after the label are the President's (kremlin_67194 lost its first turn)."""
    title = "Talks with President of Ostrava Ilse Marren"
    body = ("Petr Halen held talks with President of Ostrava Ilse Marren, who arrived on a working visit.\n\n"
            "Beginning of Velmoran-Ostravan talks President of Velmora Petr Halen: Mr President, I am very happy "
            "to see you. Our trade has grown this year. President of Ostrava Ilse Marren: Thank you, Mr President. "
            "I am glad to be here.")
    assert_statements(body, [
        ("Petr Halen", "direct", "Mr President, I am very happy to see you. Our trade has grown this year."),
        ("Ilse Marren", "direct", "Thank you, Mr President. I am glad to be here."),
    ], title=title)


def test_a_scraped_caption_after_a_labels_name_is_cut_from_the_label():
    """"Commissioner for Children's Rights Maria Lurova-Belt Lurova-Belt MariaPresidential
    Commissioner for Children's Rights: …": the scraper's caption (surname, first name, office
    glued on) after the label's name; the label is what comes before it (kremlin_67949 gave her
    first turn to the President)."""
    title = "Meeting with Commissioner for Children's Rights Maria Lurova-Belt"
    body = ("Petr Halen had a working meeting with Presidential Commissioner for Children's Rights Maria Lurova-Belt.\n\n"
            "President of Velmora Petr Halen: Ms Lurova-Belt, I know that you have drafted proposals. Please, you "
            "have the floor. Commissioner for Children's Rights Maria Lurova-Belt Lurova-Belt MariaPresidential "
            "Commissioner for Children's Rights: Today, I would like to discuss three matters. I will keep to the "
            "point. Petr Halen: All right.")
    assert_statements(body, [
        ("Petr Halen", "direct", "Ms Lurova-Belt, I know that you have drafted proposals. Please, you have the floor."),
        ("Maria Lurova-Belt", "direct", "Today, I would like to discuss three matters. I will keep to the point."),
        ("Petr Halen", "direct", "All right."),
    ], title=title)


def test_supporting_someones_efforts_is_a_statement():
    """"The President of Ostrava supported the ongoing political and diplomatic efforts.": a
    stance stated in a call, like "supported the proposal" (kremlin_67956 missed it)."""
    body = ("Petr Halen had a telephone conversation with President of Ostrava Ilse Marren.\n\n"
            "The leaders exchanged congratulations on the anniversary of diplomatic relations. At the request of "
            "Ilse Marren, the President of Velmora spoke about the situation on the border. The President of "
            "Ostrava supported the ongoing political and diplomatic efforts. Petr Halen and Ilse Marren agreed to "
            "continue their contacts.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "At the request of Ilse Marren, the President of Velmora spoke about the situation "
                                   "on the border."),
        ("Ilse Marren", "indirect", "The President of Ostrava supported the ongoing political and diplomatic efforts."),
    ])


def test_bringing_up_a_problem_is_a_statement():
    """"Governor X brought up a problem that is common for most regions …": raised, a statement
    (kremlin_67624 missed it); "brought up" a child, or goods, is not."""
    body = ("President Petr Halen held a working meeting with Governor of Narva Region Ivo Dask.\n\n"
            "Ivo Dask brought up a problem that is common for most northern regions. The President suggested "
            "that the Governor should send the relevant proposals in writing. The Governor was brought up in "
            "a village near the coast.")
    assert_statements(body, [
        ("Ivo Dask", "indirect", "Ivo Dask brought up a problem that is common for most northern regions."),
        ("Petr Halen", "indirect", "The President suggested that the Governor should send the relevant proposals in "
                                   "writing."),
    ])


def test_an_agentless_passive_between_two_statements_ends_what_the_first_carried():
    """"The President noted that … . Attention was drawn to the weapons … . As a result, civilians
    are suffering … . … Petr Halen once again emphasised …": the sentence after the agentless
    passive carries on no one's words, though one person speaks before and after
    (kremlin_67818 gave "As a result, …" and "These meetings are to help …" to Putin)."""
    body = ("Petr Halen had a telephone conversation with President of Ostrava Ilse Marren.\n\n"
            "The two leaders had an in-depth discussion of the developments on the border. The President of "
            "Velmora noted that provocations from armed groups were the reason for the escalation. Attention was "
            "drawn to the modern weapons being sent to the region by other countries. As a result, civilians in the "
            "border districts are suffering and being forced to leave. The two presidents found it expedient to "
            "step up the search for a diplomatic solution. These meetings are to help restore the ceasefire. "
            "Considering the above factors, Petr Halen once again emphasised the need for a written response.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President of Velmora noted that provocations from armed groups were the "
                                   "reason for the escalation."),
        ("Petr Halen", "indirect", "Considering the above factors, Petr Halen once again emphasised the need for a "
                                   "written response."),
    ])
