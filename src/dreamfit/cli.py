"""The ``dreamfit`` command line: argument parsing and output formatting only.

Exit codes: 0 on success, 2 with one line on stderr for bad usage or unusable input (never a
traceback), 130 when interrupted. Heavy modules are imported inside the commands, so ``--help`` and
``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

__all__ = ["main"]

_FORMATS = ("table", "csv", "json")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (all) or more, got {value}")
    return value


def _build_parser() -> argparse.ArgumentParser:
    from dreamfit import __version__

    parser = _Parser(
        prog="dreamfit",
        description="Turn what you loved about a job into a ranked list of job postings.",
    )
    parser.add_argument("--version", action="version", version=f"dreamfit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    prof = sub.add_parser(
        "profile",
        help="extract a criteria profile from answers and print it as JSON",
        description="Extract a weighted criteria profile from answers (text paragraphs or a "
        "JSON list of strings) and write it as JSON, ready to edit and pass to 'rank --profile'.",
    )
    prof.add_argument("answers", metavar="ANSWERS", nargs="?", help="answers file")
    prof.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    prof.add_argument(
        "--schema", action="store_true", help="print the profile's JSON Schema instead"
    )

    rank = sub.add_parser(
        "rank",
        help="rank postings (CSV, JSON, JSON Lines) against answers or a profile",
        description="Rank job postings against a seeker's answers or an edited profile.",
    )
    rank.add_argument("postings", metavar="POSTINGS", help="postings file (JobSpy CSV and others)")
    source = rank.add_mutually_exclusive_group(required=True)
    source.add_argument("--answers", metavar="ANSWERS", help="answers file")
    source.add_argument("--profile", metavar="PROFILE", help="profile JSON from 'dreamfit profile'")
    rank.add_argument(
        "--top", type=_non_negative_int, default=20, metavar="N", help="how many (0 = all)"
    )
    rank.add_argument("--format", choices=_FORMATS, default="table", help="output format")
    rank.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    rank.add_argument(
        "--rejects", metavar="FILE", help="write unusable input rows (row, reason) as CSV"
    )
    rank.add_argument(
        "--explain", action="store_true", help="show each criterion's match and evidence"
    )
    return parser


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    if output is None:
        stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        Path(output).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        from dreamfit.errors import InputError

        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None


def _cmd_profile(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.schema:
        from dreamfit.models import profile_json_schema

        _write(profile_json_schema(), args.output, stdout)
        return 0
    if args.answers is None:
        from dreamfit.errors import InputError

        raise InputError("profile needs an ANSWERS file (or --schema)")
    from dreamfit.answers import read_answers
    from dreamfit.extract import extract_profile

    profile = extract_profile(read_answers(args.answers))
    _write(profile.to_json(), args.output, stdout)
    return 0


def _cmd_rank(args: argparse.Namespace, stdout: TextIO) -> int:
    from dreamfit.answers import read_answers
    from dreamfit.errors import InputError
    from dreamfit.extract import extract_profile
    from dreamfit.models import load_profile

    # Validate the cheap inputs before the expensive ones.
    if args.profile is not None:
        profile = load_profile(Path(args.profile))
    else:
        profile = extract_profile(read_answers(args.answers))

    from dreamfit.matcher import Matcher

    matcher = Matcher()
    postings = matcher.read(args.postings)
    if len(postings) == 0:
        rejects = postings.attrs["rejects"]
        first = rejects["reason"].iloc[0] if len(rejects) else "no rows"
        raise InputError(
            f"{args.postings}: no usable rows ({len(rejects)} rejected, e.g. row "
            f"{rejects['row'].iloc[0] if len(rejects) else '-'}: {first})"
        )
    if args.rejects is not None:
        rejects = postings.attrs["rejects"]
        try:
            rejects.to_csv(args.rejects, index=False)
        except OSError as exc:
            raise InputError(f"{args.rejects}: cannot write ({exc.strerror or exc})") from None

    results = matcher.fit(postings).rank(profile, top=args.top)
    if args.format in ("json", "csv"):
        for warning in results.warnings:
            print(f"dreamfit: note: {warning}", file=sys.stderr)
    if args.format == "json":
        text = results.to_json()
    elif args.format == "csv":
        text = results.to_csv() or ""
    else:
        text = results.to_text(explain=args.explain)
        n_rejects = len(postings.attrs["rejects"])
        footer = f"\n{len(results)} of {len(postings)} postings shown"
        if n_rejects:
            footer += f"; {n_rejects} input rows rejected (see --rejects)"
        text += footer
    _write(text, args.output, stdout)
    return 0


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    out = stdout if stdout is not None else sys.stdout
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_help(out)
        return 2
    from dreamfit.errors import DreamfitError

    try:
        if args.command == "profile":
            return _cmd_profile(args, out)
        return _cmd_rank(args, out)
    except DreamfitError as exc:
        message = " ".join(str(exc).split())
        sys.stderr.write(f"dreamfit: error: {message}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("dreamfit: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


def _entry() -> NoReturn:  # pragma: no cover - thin wrapper for the console script
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    _entry()
