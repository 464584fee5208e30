-- A state.db at format version 1, as Ferry 0.1 development builds wrote it. Frozen: never edit;
-- tests upgrade a copy of it to check that migrations keep what older files hold.
PRAGMA application_id = 1179800153;
CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    files_root TEXT NOT NULL,
    database_url TEXT,
    tables_json TEXT NOT NULL DEFAULT '[]',
    stage INTEGER NOT NULL DEFAULT 0 CHECK (stage >= 0),
    created_at INTEGER NOT NULL);
CREATE TABLE relationships (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,
    remote_url TEXT NOT NULL,
    client_certificate_path TEXT,
    client_key_path TEXT,
    ca_certificate_path TEXT,
    pinned_fingerprint TEXT,
    proxy_url TEXT,
    bypass_proxy INTEGER NOT NULL DEFAULT 0,
    accept_pushes INTEGER NOT NULL DEFAULT 0,
    initial_copy_done INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL);
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    relationship_id INTEGER NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('upload', 'download', 'bidirectional')),
    includes_json TEXT NOT NULL DEFAULT '[]',
    excludes_json TEXT NOT NULL DEFAULT '[]',
    tables_json TEXT NOT NULL DEFAULT '[]',
    propagate_deletes INTEGER NOT NULL DEFAULT 1,
    conflict_policy TEXT NOT NULL,
    bandwidth_limit_kibps INTEGER NOT NULL DEFAULT 0,
    delete_guard_percent INTEGER NOT NULL DEFAULT 25 CHECK (delete_guard_percent BETWEEN 0 AND 100),
    created_at INTEGER NOT NULL);
CREATE TABLE schedules (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('interval', 'daily', 'weekdays')),
    interval_minutes INTEGER NOT NULL DEFAULT 60 CHECK (interval_minutes > 0),
    time_of_day TEXT,
    weekdays INTEGER NOT NULL DEFAULT 0,
    start_at INTEGER,
    enabled INTEGER NOT NULL DEFAULT 1,
    last_run_at INTEGER,
    created_at INTEGER NOT NULL);
CREATE INDEX schedules_profile ON schedules(profile_id);
INSERT INTO sites (uuid, name, files_root, database_url, tables_json, stage, created_at) VALUES ('5b0e8a3c-6f7e-4c2b-9d1a-2f4b6c8d0e1f', 'legacy', '/srv/www/legacy', NULL, '[]', 0, 1767225600000);
INSERT INTO relationships (name, site_id, remote_url, created_at) VALUES ('legacy-to-prod', 1, 'https://prod.example.org:7443/legacy', 1767225600000);
PRAGMA user_version = 1;
