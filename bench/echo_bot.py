"""A bare python-telegram-bot echo bot, the yardstick for `make bench`: PTB's own polling, no store."""

from __future__ import annotations

import os
import socket

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

NO_DELAY = ((socket.IPPROTO_TCP, socket.TCP_NODELAY, 1),)


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


def main() -> None:
    app = (ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"])
           .base_url(os.environ["TELEGRAM_API_BASE_URL"]).base_file_url(os.environ["TELEGRAM_API_BASE_FILE_URL"])
           # The same TCP_NODELAY as our bot, or both would measure Nagle's 40 ms, not the code.
           .socket_options(NO_DELAY).get_updates_socket_options(NO_DELAY)
           .build())
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(timeout=10, allowed_updates=["message", "callback_query"])


if __name__ == "__main__":
    main()
