"""Kawan Kerja's runtime: configuration, channels, the event loop around the engine, and the CLI."""
