-- An officer takes a ticket from the inbox: the others see who is answering it.

ALTER TABLE ticket ADD COLUMN assigned_to TEXT;
