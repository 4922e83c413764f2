"""The conversation engine: pure functions from (conversation, event) to (conversation, replies, effects).

Nothing under this package performs I/O or imports a channel or storage library; a test enforces it.
"""
