-- Bundle files are UTF-8 JSON (plain or an encrypted envelope); the service refuses anything else.
-- Kept as text: PGlite passes text parameters several times faster than bytea, and the bytes
-- served are the UTF-8 of this text, identical to what was pushed (the content address is checked).
ALTER TABLE bundles ALTER COLUMN body TYPE text USING convert_from(body, 'UTF8');
