"""The Textual views: the app, its panes and screens (the only package that imports Textual)."""
