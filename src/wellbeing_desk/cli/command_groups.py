"""A command whose actions are subcommands of their own (``journal add``, ``journal list``),
and the ``--json`` option every listing offers."""

import argparse
from typing import Any


def add_command_group(
    commands: "argparse._SubParsersAction[Any]", name: str, help_text: str
) -> "argparse._SubParsersAction[Any]":
    """``NAME ACTION``: the parsers of the actions are added to what this returns."""
    group = commands.add_parser(name, help=help_text)
    actions: argparse._SubParsersAction[Any] = group.add_subparsers(
        dest=f"{name}_command", metavar="ACTION"
    )
    actions.required = True
    return actions


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
