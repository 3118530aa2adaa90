"""Hypothesis profiles for the engine's property tests.

  fast  the default: 200 examples a test, no deadline
  long  100 000 examples a test, no deadline: `pytest tests/engine --hypothesis-profile=long`

The profiles are registered here, so `--hypothesis-profile=long` must name this folder on
the command line (pytest reads this conftest before Hypothesis loads the profile only when
the folder is one of its arguments). Without the option the engine tests use `fast` by
themselves (see `ENGINE_SETTINGS` in test_properties.py); the global Hypothesis profile,
which other test folders share, is left alone.
"""
from __future__ import annotations

from hypothesis import settings

settings.register_profile("fast", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=100_000, deadline=None)
