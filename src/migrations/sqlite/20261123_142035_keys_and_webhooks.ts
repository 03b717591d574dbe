import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`clinic_keys\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`clinic_id\` text(36) NOT NULL,
  	\`rate_limit_per_minute\` numeric DEFAULT 600,
  	\`masked\` text,
  	\`issued_at\` text,
  	\`revoked_at\` text,
  	\`hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`clinic_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_keys_clinic_idx\` ON \`clinic_keys\` (\`clinic_id\`);`)
  await db.run(sql`CREATE INDEX \`clinic_keys_hash_idx\` ON \`clinic_keys\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`clinic_keys_updated_at_idx\` ON \`clinic_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`clinic_keys_created_at_idx\` ON \`clinic_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`clinic_keys_deleted_at_idx\` ON \`clinic_keys\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries_attempts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`attempted_at\` text NOT NULL,
  	\`status_code\` numeric,
  	\`duration_ms\` numeric,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_attempts_order_idx\` ON \`webhook_deliveries_attempts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_attempts_parent_id_idx\` ON \`webhook_deliveries_attempts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`clinic_id\` text(36),
  	\`event_type\` text NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`delivered_at\` text,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`clinic_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_clinic_idx\` ON \`webhook_deliveries\` (\`clinic_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_type_idx\` ON \`webhook_deliveries\` (\`event_type\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_id_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`clinic_keys_id\` text(36) REFERENCES clinic_keys(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clinic_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`clinic_keys_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`clinic_keys\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries_attempts\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` text(36),
  	\`authors_id\` text(36),
  	\`media_id\` text(36),
  	\`references_id\` text(36),
  	\`claims_id\` text(36),
  	\`topics_id\` text(36),
  	\`review_alerts_id\` text(36),
  	\`clinics_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`claims_id\`) REFERENCES \`claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_alerts_id\`) REFERENCES \`review_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinics_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "authors_id", "media_id", "references_id", "claims_id", "topics_id", "review_alerts_id", "clinics_id", "users_id") SELECT "id", "order", "parent_id", "path", "posts_id", "authors_id", "media_id", "references_id", "claims_id", "topics_id", "review_alerts_id", "clinics_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_references_id_idx\` ON \`payload_locked_documents_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`review_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clinics_id_idx\` ON \`payload_locked_documents_rels\` (\`clinics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
