import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Payload's own scheduled publishing is replaced by the review workflow's: a schedule it still holds is cancelled
  // (its task no longer exists) and turned into an alert on the post, so the clinic reschedules it, not loses it.
  await db.run(sql`INSERT INTO \`review_alerts\` (\`id\`, \`post_id\`, \`clinic_id\`, \`reason\`)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), \`posts\`.\`id\`, \`posts\`.\`clinic_id\`,
      '“' || \`posts\`.\`title\` || '” was scheduled to ' || COALESCE(json_extract(\`payload_jobs\`.\`input\`, '$.type'), 'publish') || ' at '
        || COALESCE(substr(\`payload_jobs\`.\`wait_until\`, 1, 16) || ' UTC', 'a set time')
        || ' by Payload''s own scheduling, which this version replaces with the review workflow''s. That schedule was cancelled: schedule the post again from its review panel.'
    FROM \`payload_jobs\` JOIN \`posts\` ON \`posts\`.\`id\` = json_extract(\`payload_jobs\`.\`input\`, '$.doc.value')
    WHERE \`payload_jobs\`.\`task_slug\` = 'schedulePublish' AND \`payload_jobs\`.\`completed_at\` IS NULL;`)
  await db.run(sql`DELETE FROM \`payload_jobs_log\` WHERE \`task_slug\` = 'schedulePublish';`)
  await db.run(sql`DELETE FROM \`payload_jobs\` WHERE \`task_slug\` = 'schedulePublish';`)
  await db.run(sql`CREATE TABLE \`users_emails_off\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_emails_off_order_idx\` ON \`users_emails_off\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_emails_off_parent_idx\` ON \`users_emails_off\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`assigned_editor_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`scheduled_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`posts_assigned_editor_idx\` ON \`posts\` (\`assigned_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_scheduled_by_idx\` ON \`posts\` (\`scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_assigned_editor_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_scheduled_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_assigned_editor_idx\` ON \`_posts_v\` (\`version_assigned_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_scheduled_by_idx\` ON \`_posts_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`sentence_key\` text;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`sentence\` text;`)
  await db.run(sql`ALTER TABLE \`review_alerts\` ADD \`kind\` text;`)
  await db.run(sql`CREATE INDEX \`review_alerts_kind_idx\` ON \`review_alerts\` (\`kind\`);`)
  // Alerts raised before they had a kind: a retraction names its reference, a claim's fallout its claim, and the
  // only others are the cancelled schedules above.
  await db.run(sql`UPDATE \`review_alerts\` SET \`kind\` = CASE
      WHEN \`reference_id\` IS NOT NULL THEN 'retraction' WHEN \`claim_id\` IS NOT NULL THEN 'claim' ELSE 'scheduled_publish' END
    WHERE \`kind\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_emails_off\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`clinic_id\` text(36),
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`excerpt\` text,
  	\`hero_image_id\` text(36),
  	\`body\` text,
  	\`author_id\` text(36),
  	\`workflow_state\` text DEFAULT 'draft',
  	\`sign_off_signed_off_by_id\` text(36),
  	\`sign_off_signed_off_at\` text,
  	\`sign_off_content_hash\` text,
  	\`sign_off_credentials_degree\` text,
  	\`sign_off_credentials_specialty\` text,
  	\`sign_off_credentials_verified_at\` text,
  	\`sign_off_note\` text,
  	\`published_at\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`seo_image_id\` text(36),
  	\`seo_canonical_url\` text,
  	\`seo_no_index\` integer DEFAULT false,
  	\`import_source_key\` text,
  	\`import_source_file\` text,
  	\`import_source_imported_at\` text,
  	\`import_source_source_hash\` text,
  	\`import_source_body_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`clinic_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sign_off_signed_off_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "clinic_id", "title", "generate_slug", "slug", "excerpt", "hero_image_id", "body", "author_id", "workflow_state", "sign_off_signed_off_by_id", "sign_off_signed_off_at", "sign_off_content_hash", "sign_off_credentials_degree", "sign_off_credentials_specialty", "sign_off_credentials_verified_at", "sign_off_note", "published_at", "last_reviewed_at", "next_review_due", "seo_title", "seo_description", "seo_image_id", "seo_canonical_url", "seo_no_index", "import_source_key", "import_source_file", "import_source_imported_at", "import_source_source_hash", "import_source_body_hash", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "clinic_id", "title", "generate_slug", "slug", "excerpt", "hero_image_id", "body", "author_id", "workflow_state", "sign_off_signed_off_by_id", "sign_off_signed_off_at", "sign_off_content_hash", "sign_off_credentials_degree", "sign_off_credentials_specialty", "sign_off_credentials_verified_at", "sign_off_note", "published_at", "last_reviewed_at", "next_review_due", "seo_title", "seo_description", "seo_image_id", "seo_canonical_url", "seo_no_index", "import_source_key", "import_source_file", "import_source_imported_at", "import_source_source_hash", "import_source_body_hash", "updated_at", "created_at", "deleted_at", "_status" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posts_clinic_idx\` ON \`posts\` (\`clinic_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_slug_idx\` ON \`posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`posts_hero_image_idx\` ON \`posts\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_workflow_state_idx\` ON \`posts\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`posts_sign_off_sign_off_signed_off_by_idx\` ON \`posts\` (\`sign_off_signed_off_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_seo_seo_image_idx\` ON \`posts\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_import_source_import_source_key_idx\` ON \`posts\` (\`import_source_key\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_deleted_at_idx\` ON \`posts\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`clinic_slug_idx\` ON \`posts\` (\`clinic_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`clinic_publishedAt_idx\` ON \`posts\` (\`clinic_id\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_clinic_id\` text(36),
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_excerpt\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_body\` text,
  	\`version_author_id\` text(36),
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_sign_off_signed_off_by_id\` text(36),
  	\`version_sign_off_signed_off_at\` text,
  	\`version_sign_off_content_hash\` text,
  	\`version_sign_off_credentials_degree\` text,
  	\`version_sign_off_credentials_specialty\` text,
  	\`version_sign_off_credentials_verified_at\` text,
  	\`version_sign_off_note\` text,
  	\`version_published_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_seo_image_id\` text(36),
  	\`version_seo_canonical_url\` text,
  	\`version_seo_no_index\` integer DEFAULT false,
  	\`version_import_source_key\` text,
  	\`version_import_source_file\` text,
  	\`version_import_source_imported_at\` text,
  	\`version_import_source_source_hash\` text,
  	\`version_import_source_body_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_clinic_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_sign_off_signed_off_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_clinic_id", "version_title", "version_generate_slug", "version_slug", "version_excerpt", "version_hero_image_id", "version_body", "version_author_id", "version_workflow_state", "version_sign_off_signed_off_by_id", "version_sign_off_signed_off_at", "version_sign_off_content_hash", "version_sign_off_credentials_degree", "version_sign_off_credentials_specialty", "version_sign_off_credentials_verified_at", "version_sign_off_note", "version_published_at", "version_last_reviewed_at", "version_next_review_due", "version_seo_title", "version_seo_description", "version_seo_image_id", "version_seo_canonical_url", "version_seo_no_index", "version_import_source_key", "version_import_source_file", "version_import_source_imported_at", "version_import_source_source_hash", "version_import_source_body_hash", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_clinic_id", "version_title", "version_generate_slug", "version_slug", "version_excerpt", "version_hero_image_id", "version_body", "version_author_id", "version_workflow_state", "version_sign_off_signed_off_by_id", "version_sign_off_signed_off_at", "version_sign_off_content_hash", "version_sign_off_credentials_degree", "version_sign_off_credentials_specialty", "version_sign_off_credentials_verified_at", "version_sign_off_note", "version_published_at", "version_last_reviewed_at", "version_next_review_due", "version_seo_title", "version_seo_description", "version_seo_image_id", "version_seo_canonical_url", "version_seo_no_index", "version_import_source_key", "version_import_source_file", "version_import_source_imported_at", "version_import_source_source_hash", "version_import_source_body_hash", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v\` RENAME TO \`_posts_v\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_clinic_idx\` ON \`_posts_v\` (\`version_clinic_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_slug_idx\` ON \`_posts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_hero_image_idx\` ON \`_posts_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_author_idx\` ON \`_posts_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_workflow_state_idx\` ON \`_posts_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_sign_off_version_sign_off_signed_off_by_idx\` ON \`_posts_v\` (\`version_sign_off_signed_off_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_seo_version_seo_image_idx\` ON \`_posts_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_import_source_version_import_source_key_idx\` ON \`_posts_v\` (\`version_import_source_key\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_deleted_at_idx\` ON \`_posts_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_autosave_idx\` ON \`_posts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_clinic_version_slug_idx\` ON \`_posts_v\` (\`version_clinic_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`version_clinic_version_publishedAt_idx\` ON \`_posts_v\` (\`version_clinic_id\`,\`version_published_at\`);`)
  await db.run(sql`DROP INDEX \`review_alerts_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_alerts\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`sentence_key\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`sentence\`;`)
}
