"""Statements found by helper h862 (sixhundredfortysixth, the CARICOM Secretariat's releases as caricom.org and the
Caribbean press print them):
- "For his part, X said Y was “…,” assuring Z that …": a participle after a quotation's closing mark goes on with
  the quotation's own speaker; the person after it is its object, never an inverted subject as in "“…,” said Z".

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_participle_after_a_quotation_keeps_its_speaker():
    assert_statements((
        "Secretary General Ivo Tarvel met with Foreign Minister Odan Merel of Kestria in Velsk on Monday.\n\n"
        "For his part, Merel said the Community was “very much on Kestria’s mind,” assuring Tarvel that the "
        "cooperation would continue."
    ), [
        ("Odan Merel", "indirect", "For his part, Merel said the Community was “very much on Kestria’s mind,” "
                                   "assuring Tarvel that the cooperation would continue."),
    ])


def test_inverted_said_after_a_quotation_names_its_speaker():
    """Guard: "“…,” said Z" still gives the quotation to Z, the name after a finite speech verb."""
    assert_statements((
        "Secretary General Ivo Tarvel met with Foreign Minister Odan Merel of Kestria in Velsk on Monday.\n\n"
        "“The cooperation will continue,” said Tarvel."
    ), [
        ("Ivo Tarvel", "direct", "The cooperation will continue"),
    ])
