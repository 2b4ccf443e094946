"""A bounded coverage-guided fuzzing run (atheris) over every reader and text parser.

``tests/fuzz/fuzz_inputs.py`` is run in a subprocess on a copy of the recorded corpus
(``tests/fuzz/corpus``: the hostile files plus the interesting inputs earlier runs found) for
``DREAMFIT_FUZZ_RUNS`` inputs (default 10,000, about two minutes here) from the fixed seed
``DREAMFIT_FUZZ_SEED`` (default 1), so the suite explores the same inputs on every run and a
submission passes or fails on its own code; ``make fuzz`` explores open-ended from a random seed.
Only ``DreamfitError`` may escape a target; any other exception, a hang past libFuzzer's timeout
or memory past the limit fails the test and leaves the crashing input next to the copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).parent / "fuzz"


def test_fuzz_readers_and_parsers(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    runs = int(os.environ.get("DREAMFIT_FUZZ_RUNS", "10000"))
    seed = int(os.environ.get("DREAMFIT_FUZZ_SEED", "1"))
    seconds = 600  # a cap for a slow machine, not the budget: the run count is
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus", corpus)
    done = subprocess.run(
        [
            sys.executable,
            str(FUZZ / "fuzz_inputs.py"),
            f"-runs={runs}",
            f"-seed={seed}",
            f"-max_total_time={seconds}",
            "-timeout=20",
            "-rss_limit_mb=4096",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 300,
        env={**os.environ, "DREAMFIT_CACHE_DIR": str(tmp_path / "cache")},
    )
    crashes = sorted(
        p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-"))
    )
    assert done.returncode == 0 and not crashes, (crashes, done.stderr[-3000:])
    assert "Done" in done.stderr  # libFuzzer's summary line: the run really happened
