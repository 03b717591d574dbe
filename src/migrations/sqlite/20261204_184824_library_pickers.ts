import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`references\` ADD \`picker_label\` text;`)
  await db.run(sql`ALTER TABLE \`references\` ADD \`search_words\` text;`)
  await db.run(sql`ALTER TABLE \`_references_v\` ADD \`version_picker_label\` text;`)
  await db.run(sql`ALTER TABLE \`_references_v\` ADD \`version_search_words\` text;`)
  await db.run(sql`ALTER TABLE \`claims\` ADD \`picker_label\` text;`)
  await db.run(sql`ALTER TABLE \`claims\` ADD \`search_words\` text;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` ADD \`version_picker_label\` text;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` ADD \`version_search_words\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`references\` DROP COLUMN \`picker_label\`;`)
  await db.run(sql`ALTER TABLE \`references\` DROP COLUMN \`search_words\`;`)
  await db.run(sql`ALTER TABLE \`_references_v\` DROP COLUMN \`version_picker_label\`;`)
  await db.run(sql`ALTER TABLE \`_references_v\` DROP COLUMN \`version_search_words\`;`)
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`picker_label\`;`)
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`search_words\`;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` DROP COLUMN \`version_picker_label\`;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` DROP COLUMN \`version_search_words\`;`)
}
