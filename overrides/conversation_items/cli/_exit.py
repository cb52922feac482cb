"""The exit codes of `conversation-items`, each with the one meaning `--help` and the README give it."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["EXIT_CODE_MEANINGS", "ExitCode", "exit_code_table"]


class ExitCode(IntEnum):
    """Every way the command ends; one per kind of failure, so scripts can tell them apart."""

    OK = 0
    STATUS_ERROR = 1
    USAGE = 2
    CONNECTION = 3
    DECODE = 4
    CREDENTIAL = 5
    INTERNAL = 70  # sysexits.h EX_SOFTWARE: a bug, not the user's or the service's doing
    INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C
    BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `yes | head`


#: the meaning of each exit code, in the words `--help` and the README's table use
EXIT_CODE_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success (mock-server: stopped with Ctrl-C or SIGTERM)",
    ExitCode.STATUS_ERROR: "the service answered with an error status (401, 404, 429, 5xx, ...)",
    ExitCode.USAGE: "usage or configuration problem: a bad argument, no endpoint, a bad fixture file, a port in use",
    ExitCode.CONNECTION: "connection error or timeout (after the retries)",
    ExitCode.DECODE: "the response was not a decodable item (list: or a page that cannot be followed)",
    ExitCode.CREDENTIAL: "the credential failed (e.g. --azure-credential without an Azure sign-in)",
    ExitCode.INTERNAL: "an unexpected error: a bug in conversation-items (--verbose shows the traceback)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
    ExitCode.BROKEN_PIPE: "standard output was closed early (e.g. piped into `head`); nothing is printed",
}


def exit_code_table() -> str:
    """The exit codes as lines of text, for `--help`."""
    return "\n".join(f"  {int(code):>3}  {meaning}" for code, meaning in EXIT_CODE_MEANINGS.items())
