"""Domain rules (NIK, dates, money, benefits): pure functions over plain values."""
