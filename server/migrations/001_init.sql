-- Buurtstem sync service: processes, their devices (tokens stored hashed), one-time codes,
-- and the bundles and publications as the devices sent them (bytes the server may not be able to read).

CREATE TABLE processes (
  id uuid PRIMARY KEY,
  encryption_required boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Coordinator set-up codes: printed in the server's log, stored as SHA-256, used once.
CREATE TABLE setup_codes (
  code_hash text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Pairing codes the coordinator shows a tablet: short, stored as SHA-256, used once, expire.
CREATE TABLE pairing_codes (
  code_hash text PRIMARY KEY,
  process_id uuid NOT NULL REFERENCES processes(id),
  role text NOT NULL CHECK (role IN ('device', 'coordinator')),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- A paired device (tablet or coordinator) of one process. The token is stored as SHA-256 only.
CREATE TABLE devices (
  process_id uuid NOT NULL REFERENCES processes(id),
  device_id text NOT NULL,
  label text NOT NULL,
  role text NOT NULL CHECK (role IN ('device', 'coordinator')),
  token_hash text NOT NULL UNIQUE,
  paired_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (process_id, device_id)
);

-- Bundles (kind 'device') and publications (kind 'publish'), content-addressed per process.
-- seq is the pull cursor: inserts of one process are serialised (advisory lock), so a cursor never
-- skips a row that commits later with a lower number.
CREATE TABLE bundles (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  process_id uuid NOT NULL REFERENCES processes(id),
  kind text NOT NULL CHECK (kind IN ('device', 'publish')),
  sha256 text NOT NULL,
  device_id text NOT NULL,
  export_seq integer NOT NULL,
  payload_sha256 text NOT NULL,
  encrypted boolean NOT NULL,
  size integer NOT NULL,
  body bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (process_id, sha256)
);
CREATE INDEX bundles_pull ON bundles (process_id, kind, seq);
