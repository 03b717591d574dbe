import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`delivery_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`clinic\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`post\` text NOT NULL,
  	\`content_hash\` text,
  	\`signed_off_by\` text,
  	\`signed_off_at\` text,
  	\`published_at\` text,
  	\`post_created_at\` text,
  	\`author\` text,
  	\`terms_text\` text,
  	\`valid_until\` text,
  	\`rendered_at\` text NOT NULL,
  	\`superseded_at\` text,
  	\`article\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`no_index\` integer DEFAULT false,
  	\`post_updated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`delivery_documents_clinic_idx\` ON \`delivery_documents\` (\`clinic\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_slug_idx\` ON \`delivery_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_post_idx\` ON \`delivery_documents\` (\`post\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_published_at_idx\` ON \`delivery_documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_author_idx\` ON \`delivery_documents\` (\`author\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_rendered_at_idx\` ON \`delivery_documents\` (\`rendered_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_superseded_at_idx\` ON \`delivery_documents\` (\`superseded_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_updated_at_idx\` ON \`delivery_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_created_at_idx\` ON \`delivery_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`clinic_slug_supersededAt_idx\` ON \`delivery_documents\` (\`clinic\`,\`slug\`,\`superseded_at\`);`)
  await db.run(sql`CREATE INDEX \`clinic_supersededAt_publishedAt_idx\` ON \`delivery_documents\` (\`clinic\`,\`superseded_at\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`delivery_documents_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`delivery_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`delivery_documents_texts_order_parent\` ON \`delivery_documents_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_documents_texts_text_idx\` ON \`delivery_documents_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`delivery_changes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`dependency\` text NOT NULL,
  	\`changed_at\` text NOT NULL,
  	\`urgency\` numeric DEFAULT 1 NOT NULL,
  	\`rendered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`delivery_changes_dependency_idx\` ON \`delivery_changes\` (\`dependency\`);`)
  await db.run(sql`CREATE INDEX \`delivery_changes_changed_at_idx\` ON \`delivery_changes\` (\`changed_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_changes_rendered_at_idx\` ON \`delivery_changes\` (\`rendered_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_changes_updated_at_idx\` ON \`delivery_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_changes_created_at_idx\` ON \`delivery_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dependency_changedAt_idx\` ON \`delivery_changes\` (\`dependency\`,\`changed_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`delivery_documents\`;`)
  await db.run(sql`DROP TABLE \`delivery_documents_texts\`;`)
  await db.run(sql`DROP TABLE \`delivery_changes\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
}
