-- Personal access tokens expire (by default 90 days after they are made). Tokens made before
-- tokens could expire get 90 days from this change.
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE access_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY;
ALTER TABLE access_token ALTER COLUMN expires_at SET NOT NULL;
