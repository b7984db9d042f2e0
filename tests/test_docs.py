"""Every command is documented: help text, a section in docs/usage.md with an example, a row in README."""

from pathlib import Path

import pytest
import typer

from tradecmp.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = typer.main.get_command(app).commands


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_a_usage_section_and_a_readme_row(name):
    command = COMMANDS[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    for param in command.params:
        if param.name not in ("help",):
            assert getattr(param, "help", None), f"{name} {param.name} has no help text"
    usage = (ROOT / "docs" / "usage.md").read_text("utf-8")
    section = usage.split(f"## `tradecmp {name}`\n", 1)
    assert len(section) == 2, f"docs/usage.md has no section for {name}"
    assert f"$ tradecmp {name} " in section[1].split("\n## ", 1)[0].replace("--help", "")
    assert f"`tradecmp {name}" in (ROOT / "README.md").read_text("utf-8")


def test_documents_link_to_files_that_exist():
    import re

    for document in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for target in re.findall(r"\]\(([^)#]+)\)", document.read_text("utf-8")):
            if not target.startswith(("http://", "https://")):
                assert (document.parent / target).resolve().exists() or "shared/" in target, (document.name, target)


def test_the_api_examples_run():
    import re

    text = (ROOT / "docs" / "api.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 4
    for block in blocks:
        exec(compile(block, "docs/api.md", "exec"), {})
