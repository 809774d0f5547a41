"""What the TUI, the commands, the exports and the archive show alike: timeline groups and labels."""
