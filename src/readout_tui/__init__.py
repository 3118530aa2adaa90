"""readout-tui: a terminal reader for diplomatic meeting readouts that shows who said what."""

__version__ = "0.1.0"
