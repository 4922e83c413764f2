"""What to tell a user about choosing, in the words of the channel they are on: the terminal shows numbers,
Telegram shows buttons, WhatsApp shows buttons or a list. A typed number or label works everywhere."""

from __future__ import annotations

from conversations.i18n import _


def choose_hint(channel: str) -> str:
    if channel == "telegram":
        return _("Tekan salah satu tombol, atau tulis pilihan Anda.")
    if channel == "whatsapp":
        return _("Pilih dari tombol atau daftar, atau tulis pilihan Anda.")
    return _("Ketik angka pilihan Anda, misalnya 1.")
