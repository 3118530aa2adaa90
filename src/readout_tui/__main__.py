import sys

from readout_tui.cli import main

sys.exit(main())
