import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Payload's own scheduled publishing is replaced by the review workflow's: a schedule it still holds is cancelled
  // (its task no longer exists) and turned into an alert on the post, so the clinic reschedules it, not loses it.
  await db.execute(sql`
   INSERT INTO "review_alerts" ("post_id", "clinic_id", "reason")
   SELECT "posts"."id", "posts"."clinic_id",
     '“' || "posts"."title" || '” was scheduled to ' || COALESCE("payload_jobs"."input"->>'type', 'publish') || ' at '
       || COALESCE(to_char("payload_jobs"."wait_until" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC', 'a set time')
       || ' by Payload''s own scheduling, which this version replaces with the review workflow''s. That schedule was cancelled: schedule the post again from its review panel.'
   FROM "payload_jobs" JOIN "posts" ON "posts"."id"::text = "payload_jobs"."input"->'doc'->>'value'
   WHERE "payload_jobs"."task_slug" = 'schedulePublish' AND "payload_jobs"."completed_at" IS NULL;
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'schedulePublish';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'schedulePublish';`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_alerts_kind" AS ENUM('retraction', 'claim', 'scheduled_publish');
  CREATE TYPE "public"."enum_users_emails_off" AS ENUM('assigned', 'changes_requested', 'signed_off', 'published', 'review_alert');
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'assign' BEFORE 'request_changes';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'resume_sign_off' BEFORE 'publish';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'schedule' BEFORE 'publish';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'unschedule' BEFORE 'publish';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'comment' BEFORE 'vet';
  CREATE TABLE "users_emails_off" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_emails_off",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'reviewClaimFallout', 'renderDeliveryRows', 'publishScheduledPost', 'sendEmail', 'sendInvitation');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'reviewClaimFallout', 'renderDeliveryRows', 'publishScheduledPost', 'sendEmail', 'sendInvitation');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "posts" ADD COLUMN "assigned_editor_id" uuid;
  ALTER TABLE "posts" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "posts" ADD COLUMN "scheduled_by_id" uuid;
  ALTER TABLE "_posts_v" ADD COLUMN "version_assigned_editor_id" uuid;
  ALTER TABLE "_posts_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_scheduled_by_id" uuid;
  ALTER TABLE "review_events" ADD COLUMN "sentence_key" varchar;
  ALTER TABLE "review_events" ADD COLUMN "sentence" varchar;
  ALTER TABLE "review_alerts" ADD COLUMN "kind" "enum_review_alerts_kind";
  ALTER TABLE "users_emails_off" ADD CONSTRAINT "users_emails_off_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_emails_off_order_idx" ON "users_emails_off" USING btree ("order");
  CREATE INDEX "users_emails_off_parent_idx" ON "users_emails_off" USING btree ("parent_id");
  ALTER TABLE "posts" ADD CONSTRAINT "posts_assigned_editor_id_users_id_fk" FOREIGN KEY ("assigned_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_assigned_editor_id_users_id_fk" FOREIGN KEY ("version_assigned_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "posts_assigned_editor_idx" ON "posts" USING btree ("assigned_editor_id");
  CREATE INDEX "posts_scheduled_by_idx" ON "posts" USING btree ("scheduled_by_id");
  CREATE INDEX "_posts_v_version_version_assigned_editor_idx" ON "_posts_v" USING btree ("version_assigned_editor_id");
  CREATE INDEX "_posts_v_version_version_scheduled_by_idx" ON "_posts_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "review_alerts_kind_idx" ON "review_alerts" USING btree ("kind");`)
  // Alerts raised before they had a kind: a retraction names its reference, a claim's fallout its claim, and the
  // only others are the cancelled schedules above.
  await db.execute(sql`
   UPDATE "review_alerts" SET "kind" = CASE
     WHEN "reference_id" IS NOT NULL THEN 'retraction'::"enum_review_alerts_kind"
     WHEN "claim_id" IS NOT NULL THEN 'claim'::"enum_review_alerts_kind"
     ELSE 'scheduled_publish'::"enum_review_alerts_kind" END
   WHERE "kind" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_emails_off" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_emails_off" CASCADE;
  ALTER TABLE "posts" DROP CONSTRAINT "posts_assigned_editor_id_users_id_fk";
  
  ALTER TABLE "posts" DROP CONSTRAINT "posts_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_assigned_editor_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'request_changes', 'sign_off', 'void_sign_off', 'publish', 'unpublish', 'approve', 'reject', 'retire', 'reword', 'needs_rereview', 'expire', 'waive', 'vet', 'retract', 'import');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'reviewClaimFallout', 'renderDeliveryRows', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'reviewClaimFallout', 'renderDeliveryRows', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "posts_assigned_editor_idx";
  DROP INDEX "posts_scheduled_by_idx";
  DROP INDEX "_posts_v_version_version_assigned_editor_idx";
  DROP INDEX "_posts_v_version_version_scheduled_by_idx";
  DROP INDEX "review_alerts_kind_idx";
  ALTER TABLE "posts" DROP COLUMN "assigned_editor_id";
  ALTER TABLE "posts" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "posts" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_assigned_editor_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_scheduled_publish_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "review_events" DROP COLUMN "sentence_key";
  ALTER TABLE "review_events" DROP COLUMN "sentence";
  ALTER TABLE "review_alerts" DROP COLUMN "kind";
  DROP TYPE "public"."enum_review_alerts_kind";
  DROP TYPE "public"."enum_users_emails_off";`)
}
