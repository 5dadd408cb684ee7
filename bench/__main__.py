"""`python -m bench`: every benchmark, one table of figures (see bench/run.py)."""

import sys

from bench.run import main

sys.exit(main())
