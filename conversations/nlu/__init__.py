"""Understanding free text: canonical tokens, intents with their reasons, and values inside a message."""
