"""The README's "Without Azure: the mock server" section runs as written.

Plain code blocks are executed; each block that defines pytest tests (a get with a managed identity, a paged
list) is run by pytest in a separate process from an unrelated folder, so it also shows the installed plugin's
fixtures at work.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

SECTION = "## Without Azure: the mock server"


def _blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.index("\n## ", start + len(SECTION))
    return re.findall(r"```python\n(.*?)```", text[start:end], flags=re.DOTALL)


def test_the_section_has_both_kinds_of_block() -> None:
    blocks = _blocks()
    assert len(blocks) == 3
    assert "def test_" not in blocks[0] and all("def test_" in block for block in blocks[1:])


def test_the_plain_example_runs() -> None:
    namespace: dict[str, object] = {}
    exec(compile(_blocks()[0], "README.md", "exec"), namespace)
    assert type(namespace["item"]).__name__ == "MessageItem"


@pytest.mark.parametrize("index", [1, 2])
def test_the_pytest_examples_pass_in_a_fresh_process(tmp_path: Path, index: int) -> None:
    (tmp_path / "test_readme_example.py").write_text(_blocks()[index], encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_readme_example.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
