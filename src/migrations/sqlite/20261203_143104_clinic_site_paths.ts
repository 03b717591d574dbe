import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`site_paths_blog\` text DEFAULT '/blog';`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`site_paths_article\` text DEFAULT '/blog/{slug}';`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`site_paths_author\` text DEFAULT '/authors/{slug}';`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`site_paths_topic\` text DEFAULT '/topics/{slug}';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`clinics\` DROP COLUMN \`site_paths_blog\`;`)
  await db.run(sql`ALTER TABLE \`clinics\` DROP COLUMN \`site_paths_article\`;`)
  await db.run(sql`ALTER TABLE \`clinics\` DROP COLUMN \`site_paths_author\`;`)
  await db.run(sql`ALTER TABLE \`clinics\` DROP COLUMN \`site_paths_topic\`;`)
}
