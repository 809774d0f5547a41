"""Subcommands of ``reader``: each module has ``add_parser(subparsers)`` and ``run(args)``."""
