#!/usr/bin/env bash
# Writes a migration for each SQL dialect after a schema change: npm run migrate:create -- <name>
set -euo pipefail
name=${1:?usage: npm run migrate:create -- <name>}
pg_base=${MIGRATIONS_DATABASE_URI:-postgres://postgres@127.0.0.1:5432/postgres}
tmp=$(mktemp -d)
pg_db="vetted_migration_create_$$"
trap 'rm -rf "$tmp"; psql "$pg_base" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true' EXIT
export NODE_OPTIONS="--no-deprecation --conditions=development"
DATABASE_URI="file:$tmp/create.db" npx payload migrate:create "$name" --skip-empty
psql "$pg_base" -qc "CREATE DATABASE $pg_db" >/dev/null
DATABASE_URI="${pg_base%/*}/$pg_db" npx payload migrate:create "$name" --skip-empty
