"""`python -m onrecord`: the same as the `onrecord` command."""

from onrecord.tui.cli import main

main(prog_name="onrecord")
