"""Renderers: a Report in, text or rich renderables out. They never print; only the CLI owns the console."""
