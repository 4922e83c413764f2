"""Channel adapters: how a reply reaches a person on each platform."""
