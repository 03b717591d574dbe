#!/usr/bin/env bash
# Fails when a schema change was committed without its generated files: payload-types.ts, the typed client's
# schema.ts, the admin import map, or a database migration for SQLite and PostgreSQL. Run from the repository root.
set -euo pipefail

pg_base=${MIGRATIONS_DATABASE_URI:-postgres://postgres@127.0.0.1:5432/postgres}
tmp=$(mktemp -d)
pg_db="vetted_migration_check_$$"
cleanup() {
  rm -rf "$tmp"
  psql "$pg_base" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
export NODE_OPTIONS="--no-deprecation --conditions=development" LOG_LEVEL=warn

echo "Checking src/payload-types.ts"
PAYLOAD_TS_OUTPUT_PATH="$tmp/payload-types.ts" npx payload generate:types >/dev/null
if ! diff -q "$tmp/payload-types.ts" src/payload-types.ts >/dev/null; then
  echo "src/payload-types.ts is out of date: run npm run generate:types and commit it." >&2
  exit 1
fi

echo "Checking the typed client's packages/client/src/schema.ts"
npx tsx scripts/generateClient.ts "$tmp/schema.ts" >/dev/null
if ! diff -q "$tmp/schema.ts" packages/client/src/schema.ts >/dev/null; then
  echo "packages/client/src/schema.ts is out of date: run npm run generate:client and commit it." >&2
  exit 1
fi

echo "Checking the admin import map"
npx payload generate:importmap >/dev/null
git diff --exit-code --stat -- 'src/app/(payload)/admin/importMap.js' || {
  echo "The admin import map is out of date: run npm run generate:importmap and commit it." >&2
  exit 1
}

echo "Checking migrations"
DATABASE_URI="file:$tmp/check.db" npx payload migrate:create check --skip-empty >/dev/null
psql "$pg_base" -qc "CREATE DATABASE $pg_db" >/dev/null
DATABASE_URI="${pg_base%/*}/$pg_db" npx payload migrate:create check --skip-empty >/dev/null
if [ -n "$(git status --porcelain -- src/migrations)" ]; then
  git status --porcelain -- src/migrations >&2
  echo "The schema changed without a migration: run npm run migrate:create -- <name> and commit src/migrations." >&2
  exit 1
fi
echo "Generated files are up to date."
