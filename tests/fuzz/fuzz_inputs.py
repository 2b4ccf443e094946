"""Coverage-guided fuzzing (atheris / libFuzzer) of everything that reads user input.

Each input picks one target: reading a postings file (CSV, TSV or JSON bytes), the text parsers
(salary, work mode, company size, employment type, seniority, HTML/Markdown cleaning, sentence
splitting), the profile loader (JSON text), the answers reader, or extraction. Only the documented
error types may escape (``dreamfit.DreamfitError`` and its subclasses); anything else is a crash
that libFuzzer reports with the input that caused it.

Run: ``.venv/bin/python tests/fuzz/fuzz_inputs.py -max_total_time=60 CORPUS_DIR [SEED_DIR ...]``
(``tests/test_fuzz.py`` runs it for a bounded time on a copy of ``tests/fuzz/corpus``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["dreamfit"]):
    import dreamfit
    from dreamfit.errors import DreamfitError
    from dreamfit.extract import extract_profile
    from dreamfit.models import load_profile
    from dreamfit.postings import parse, text

_SUFFIXES = (".csv", ".tsv", ".json", ".txt")
_TEXT_TARGETS = (
    parse.parse_salary,
    parse.find_salary,
    parse.parse_work_mode,
    parse.parse_company_size,
    parse.parse_employment_types,
    parse.parse_seniority,
    text.strip_html,
    text.strip_markdown,
    text.clean_text,
    text.split_sentences,
)
_SCRATCH = Path(tempfile.mkdtemp(prefix="dreamfit-fuzz-"))


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = fdp.ConsumeIntInRange(0, 4)
    try:
        if target == 0:
            suffix = _SUFFIXES[fdp.ConsumeIntInRange(0, len(_SUFFIXES) - 1)]
            path = _SCRATCH / f"postings{suffix}"
            path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
            table = dreamfit.read_postings(path)
            rejects = table.attrs["rejects"]
            assert len(table) >= 0 and len(rejects) >= 0
        elif target == 1:
            func = _TEXT_TARGETS[fdp.ConsumeIntInRange(0, len(_TEXT_TARGETS) - 1)]
            func(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
        elif target == 2:
            path = _SCRATCH / "profile.json"
            path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
            load_profile(path)
        elif target == 3:
            path = _SCRATCH / ("answers.json" if fdp.ConsumeBool() else "answers.txt")
            path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
            dreamfit.read_answers(path)
        else:
            answers = [
                fdp.ConsumeUnicodeNoSurrogates(200) for _ in range(fdp.ConsumeIntInRange(0, 4))
            ]
            extract_profile(answers)
    except DreamfitError:
        pass  # the documented way to refuse input


def main() -> None:
    os.environ.setdefault("DREAMFIT_CACHE_DIR", str(_SCRATCH / "cache"))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
