"""`main`: parse the arguments, run one command, and turn whatever it ends with into an exit code and one line."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence

from ._arguments import build_parser
from ._exit import ExitCode
from ._failures import describe_failure
from ._logs import stderr_logging
from ._render import write_text
from ._text import visible

__all__ = ["main"]


def _types() -> int:
    from .. import ITEM_TYPES

    width = max(len(value) for value in ITEM_TYPES)
    lines = [f"{value.ljust(width)}  {ITEM_TYPES[value].__name__}" for value in sorted(ITEM_TYPES)]
    lines.append(f"({len(ITEM_TYPES)} types; any other type decodes to UnknownItem)")
    write_text(sys.stdout, "\n".join(lines) + "\n")
    sys.stdout.flush()
    return ExitCode.OK


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null, so that the flush at exit does not fail again (the Python
    documentation's advice for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (an embedding program's stream)
        pass


def _report(code: ExitCode, line: str | None, exc: BaseException, *, verbose: bool) -> None:
    if code is ExitCode.BROKEN_PIPE:
        _silence_stdout()
    try:
        if line is not None:
            write_text(sys.stderr, line + "\n")
        if code is ExitCode.INTERNAL and verbose:
            lines = "".join(traceback.format_exception(exc)).rstrip("\n").split("\n")
            write_text(sys.stderr, "".join(f"verbose: {visible(text, 1000)}\n" for text in lines))
        sys.stderr.flush()
    except OSError:  # stderr is gone too: the exit code is all that is left
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: `sys.argv[1:]`); returns the exit code (see `--help`)."""
    verbose = azure_credential = False
    try:
        try:
            arguments = sys.argv[1:] if argv is None else list(argv)
            args = build_parser(arguments).parse_args(arguments)
        except SystemExit as done:  # --help, --version, or a usage error already printed on one line
            return done.code if isinstance(done.code, int) else ExitCode.USAGE
        verbose = bool(getattr(args, "verbose", False))
        azure_credential = bool(getattr(args, "azure_credential", False))
        with stderr_logging(verbose=verbose):
            if args.command == "get":
                from ._get import run_get

                return run_get(args)
            if args.command == "list":
                from ._list import run_list

                return run_list(args)
            if args.command == "types":
                return _types()
            from ._mock import run_mock_server

            return run_mock_server(args)
    except (Exception, KeyboardInterrupt) as exc:
        code, line = describe_failure(exc, azure_credential=azure_credential)
        _report(code, line, exc, verbose=verbose)
        return int(code)
