"""Every code block of the README and of the pages under docs/ runs, or is checked, in this test.

- ```python blocks run as written, each section's blocks in order in one namespace, against a real loopback mock
  service, with only the README's placeholders filled in (`PLACEHOLDERS`): the endpoint, the API key. Real
  azure-identity credentials get their tokens from the local managed-identity endpoint. Blocks with top-level
  `await` run in an event loop. The mock server section's blocks run in tests/docs/test_mock_readme.py.
- ```sh blocks are checked line by line: a `make X` target exists, a `conversation-items ...` line parses with
  the command's own argument parser, a `pip install` names an extra the package has, `make new-type FROM=...`
  runs end to end in tests/codegen/test_readme_procedure.py.
"""

from __future__ import annotations

import ast
import asyncio
import re
import shlex
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from conversation_items.cli._arguments import build_parser
from conversation_items.testing import ManagedIdentityServer, MockConversationServer
from support import ITEM_FIXTURES, ROOT, load_json

#: the user's guide and the pages it links: every code block in them is a promise
DOCUMENTS = ["README.md", *sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md"))]
RUN_ELSEWHERE = {"Without Azure: the mock server": "tests/docs/test_mock_readme.py"}
API_KEY = "readme-api-key"
TOKEN = "readme-managed-identity-token"
#: the README's ids, served by the mock: conversation -> {item id: fixture type}
README_ITEMS = {"conv_123": {"fc_456": "function_call", "msg_1": "message"}}


@dataclass(frozen=True)
class Block:
    document: str
    section: str
    language: str
    code: str
    line: int

    def __str__(self) -> str:
        return f"{self.document}:{self.section}:{self.line}"


def blocks() -> list[Block]:
    found: list[Block] = []
    for document in DOCUMENTS:
        section = ""
        lines = (ROOT / document).read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            if lines[i].startswith("## "):
                section = lines[i][3:].strip()
            fence = re.match(r"^```(\w+)$", lines[i])
            if fence:
                end = lines.index("```", i + 1)
                code = "\n".join(lines[i + 1 : end]) + "\n"
                found.append(Block(document, section, fence.group(1), code, i + 1))
                i = end
            i += 1
    return found


PYTHON = [b for b in blocks() if b.language == "python" and b.section not in RUN_ELSEWHERE]
SHELL = [b for b in blocks() if b.language == "sh"]


def test_every_fenced_block_is_python_or_sh_or_plain_text() -> None:
    assert {b.language for b in blocks()} <= {"python", "sh"}
    assert PYTHON and SHELL
    assert {b.document for b in blocks()} > {"README.md"}, "the docs/ pages' blocks are checked too"


def test_every_docs_page_is_linked_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for document in DOCUMENTS[1:]:
        assert f"]({document})" in readme, f"{document} is not linked from the README"


@pytest.fixture(scope="module")
def service() -> Iterator[tuple[MockConversationServer, dict[str, str]]]:
    with (
        ManagedIdentityServer(token=TOKEN) as identity,
        MockConversationServer(api_key=API_KEY, bearer_token=TOKEN) as server,
    ):
        for conversation, items in README_ITEMS.items():
            for item_id, kind in items.items():
                item = {**load_json(ITEM_FIXTURES / f"{kind}.json"), "id": item_id}
                server.add_item(item, conversation_id=conversation)
        yield server, identity.environ


PLACEHOLDERS = {
    "https://<resource>.services.ai.azure.com/api/projects/<project>": "{endpoint}",
    "<key>": API_KEY,
}


def filled(code: str, endpoint: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        code = code.replace(placeholder, value.format(endpoint=endpoint))
    return code


@pytest.mark.parametrize(("document", "section"), sorted({(b.document, b.section) for b in PYTHON}))
def test_python_blocks_run_as_written(
    document: str,
    section: str,
    service: tuple[MockConversationServer, dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, identity_env = service
    from conversation_items.testing import COMPETING_CREDENTIAL_ENV_VARS

    for name in COMPETING_CREDENTIAL_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    for name, value in identity_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", server.endpoint)
    before = len(server.requests)
    namespace: dict[str, Any] = {"__name__": "readme"}
    mine = [b for b in PYTHON if (b.document, b.section) == (document, section)]
    for block in mine:
        code = compile(filled(block.code, server.endpoint), str(block), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        result = eval(code, namespace)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    statuses = [r for r in server.requests[before:] if r.item_id is not None]
    if "get_item" in "".join(b.code for b in mine):
        assert statuses, f"the {section!r} examples never reached the service"
    if "list_items" in "".join(b.code for b in mine):
        lists = [r for r in server.requests[before:] if r.item_id is None and r.conversation_id is not None]
        assert lists, f"the {section!r} examples never listed a conversation"


def _targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", makefile, re.MULTILINE))


def _commands(block: Block) -> Iterator[list[str]]:
    joined = block.code.replace("\\\n", " ")
    for line in joined.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield shlex.split(line.replace(">", " > "))


@pytest.mark.parametrize("block", SHELL, ids=str)
def test_shell_blocks_name_real_commands(block: Block) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for words in _commands(block):
        program, args = words[0], words[1 : words.index(">")] if ">" in words else words[1:]
        if program.startswith("["):
            continue  # the continuation of a usage line (see below)
        if program == "make":
            assert args[0] in _targets(), f"{block}: no make target {args[0]!r}"
        elif program == "conversation-items" and any(a.startswith("[") for a in args):
            continue  # a usage line: tests/docs/test_cli_readme.py compares it with the parser, option by option
        elif program == "conversation-items":
            try:
                build_parser(args).parse_args(args)
            except SystemExit as exit_:  # --version prints and exits 0; a refused argument exits 2
                assert exit_.code == 0, f"{block}: {args} is refused by the command's parser"
        elif program == "pip":
            assert args[0] == "install"
            extra = re.search(r"\[(\w+)\]", args[1])
            assert extra is None or extra.group(1) in project["optional-dependencies"], block
        else:
            raise AssertionError(f"{block}: a command this test does not know: {program}")
