import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`import_source_key\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`import_source_file\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`import_source_imported_at\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`import_source_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`import_source_body_hash\` text;`)
  await db.run(sql`CREATE INDEX \`posts_import_source_import_source_key_idx\` ON \`posts\` (\`import_source_key\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_import_source_key\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_import_source_file\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_import_source_imported_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_import_source_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_import_source_body_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_import_source_version_import_source_key_idx\` ON \`_posts_v\` (\`version_import_source_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`posts_import_source_import_source_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`import_source_key\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`import_source_file\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`import_source_imported_at\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`import_source_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`import_source_body_hash\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_version_import_source_version_import_source_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_import_source_key\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_import_source_file\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_import_source_imported_at\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_import_source_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_import_source_body_hash\`;`)
}
