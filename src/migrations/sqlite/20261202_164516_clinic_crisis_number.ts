import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`crisis_number\` text DEFAULT '988' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`crisis_takes_texts\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`clinics\` DROP COLUMN \`crisis_number\`;`)
  await db.run(sql`ALTER TABLE \`clinics\` DROP COLUMN \`crisis_takes_texts\`;`)
}
