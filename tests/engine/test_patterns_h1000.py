"""Helper h1000 (sevenhundredfiftyninth, the Council of Ministers of Bosnia and Herzegovina as its portal and outlets
print it): the press office's "pointed that …" for "pointed out that …" is a point made; a participle after a
quotation's attribution and an occasion's aside ("“…”, said X during the meeting, expressing …") goes on with the
speaker's report."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_pointed_that_is_a_point_made():
    body = (
        "Chairman Karel Dovnik talked in Velmar with the special envoy of Ostria, Ilse Marken.\n\n"
        "Chairman Dovnik pointed that taking any sanctions against anyone in Velmara is unnecessary.\n"
    )
    assert_statements(body, [
        ("Karel Dovnik", "indirect",
         "Chairman Dovnik pointed that taking any sanctions against anyone in Velmara is unnecessary."),
    ])


def test_pointed_that_way_is_no_point_made():
    # guard: "pointed that way" shows a direction, no words
    body = (
        "Chairman Karel Dovnik visited the new bridge in Velmar.\n\n"
        "Chairman Dovnik pointed that way and walked on with the engineers.\n"
    )
    assert_statements(body, [])


def test_a_participle_after_an_occasions_aside_goes_on_with_the_report():
    body = (
        "Chairman Karel Dovnik met the President of the Ostrian Assembly, Ilse Marken, in Velmar.\n\n"
        "“The chairmanship is a great honour for Velmara“, said Dovnik during the meeting, expressing his "
        "gratitude for the support of Ostria.\n"
    )
    assert_statements(body, [
        ("Karel Dovnik", "direct", "The chairmanship is a great honour for Velmara"),
        ("Karel Dovnik", "indirect", "expressing his gratitude for the support of Ostria."),
    ])


def test_an_occasions_aside_with_no_participle_says_no_more():
    # guard: "said X during the meeting, which lasted an hour, and left" carries no report after the quotation
    body = (
        "Chairman Karel Dovnik met the President of the Ostrian Assembly, Ilse Marken, in Velmar.\n\n"
        "“The chairmanship is a great honour for Velmara,” Dovnik said during the meeting, which lasted an hour, "
        "and left.\n"
    )
    assert_statements(body, [
        ("Karel Dovnik", "direct", "The chairmanship is a great honour for Velmara"),
    ])


def test_a_releases_closing_end_mark_is_no_ones_words():
    body = (
        "Chairman Karel Dovnik talked in Velmar with the special envoy of Ostria, Ilse Marken.\n\n"
        "Chairman Dovnik thanked the Government of Ostria for its continued support to Velmara. (end)\n"
    )
    assert_statements(body, [
        ("Karel Dovnik", "indirect",
         "Chairman Dovnik thanked the Government of Ostria for its continued support to Velmara."),
    ])


def test_an_end_inside_a_sentence_is_read_as_written():
    # guard: "(end)" with no full stop before it is not a release's closing mark
    body = (
        "Chairman Karel Dovnik talked in Velmar with the special envoy of Ostria, Ilse Marken.\n\n"
        "Chairman Dovnik said the talks would reach the last stage of the road map (end)\n"
    )
    assert_statements(body, [
        ("Karel Dovnik", "indirect",
         "Chairman Dovnik said the talks would reach the last stage of the road map (end)"),
    ])
