import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`delivery_documents\` ADD \`render_version\` numeric;`)
  await db.run(sql`CREATE INDEX \`delivery_documents_render_version_idx\` ON \`delivery_documents\` (\`render_version\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`delivery_documents_render_version_idx\`;`)
  await db.run(sql`ALTER TABLE \`delivery_documents\` DROP COLUMN \`render_version\`;`)
}
