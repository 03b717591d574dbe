import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`review_alerts\` ADD \`claim_id\` text(36) REFERENCES claims(id);`)
  await db.run(sql`CREATE INDEX \`review_alerts_claim_idx\` ON \`review_alerts\` (\`claim_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_alerts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`post_id\` text(36) NOT NULL,
  	\`clinic_id\` text(36),
  	\`reason\` text NOT NULL,
  	\`reference_id\` text(36),
  	\`resolved_at\` text,
  	\`resolved_by_id\` text(36),
  	\`resolution_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`clinic_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reference_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_alerts\`("id", "post_id", "clinic_id", "reason", "reference_id", "resolved_at", "resolved_by_id", "resolution_note", "updated_at", "created_at") SELECT "id", "post_id", "clinic_id", "reason", "reference_id", "resolved_at", "resolved_by_id", "resolution_note", "updated_at", "created_at" FROM \`review_alerts\`;`)
  await db.run(sql`DROP TABLE \`review_alerts\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_alerts\` RENAME TO \`review_alerts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_alerts_post_idx\` ON \`review_alerts\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`review_alerts_clinic_idx\` ON \`review_alerts\` (\`clinic_id\`);`)
  await db.run(sql`CREATE INDEX \`review_alerts_reference_idx\` ON \`review_alerts\` (\`reference_id\`);`)
  await db.run(sql`CREATE INDEX \`review_alerts_resolved_at_idx\` ON \`review_alerts\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`review_alerts_resolved_by_idx\` ON \`review_alerts\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_alerts_updated_at_idx\` ON \`review_alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_alerts_created_at_idx\` ON \`review_alerts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
