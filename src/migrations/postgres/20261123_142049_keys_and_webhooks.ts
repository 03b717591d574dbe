import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'retrying', 'delivered', 'failed', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  CREATE TABLE "clinic_keys" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"clinic_id" uuid NOT NULL,
  	"rate_limit_per_minute" numeric DEFAULT 600,
  	"masked" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "webhook_deliveries_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"attempted_at" timestamp(3) with time zone NOT NULL,
  	"status_code" numeric,
  	"duration_ms" numeric,
  	"error" varchar
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"clinic_id" uuid,
  	"event_type" varchar NOT NULL,
  	"event_id" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"delivered_at" timestamp(3) with time zone,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clinic_keys_id" uuid;
  ALTER TABLE "clinic_keys" ADD CONSTRAINT "clinic_keys_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries_attempts" ADD CONSTRAINT "webhook_deliveries_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "clinic_keys_clinic_idx" ON "clinic_keys" USING btree ("clinic_id");
  CREATE INDEX "clinic_keys_hash_idx" ON "clinic_keys" USING btree ("hash");
  CREATE INDEX "clinic_keys_updated_at_idx" ON "clinic_keys" USING btree ("updated_at");
  CREATE INDEX "clinic_keys_created_at_idx" ON "clinic_keys" USING btree ("created_at");
  CREATE INDEX "clinic_keys_deleted_at_idx" ON "clinic_keys" USING btree ("deleted_at");
  CREATE INDEX "webhook_deliveries_attempts_order_idx" ON "webhook_deliveries_attempts" USING btree ("_order");
  CREATE INDEX "webhook_deliveries_attempts_parent_id_idx" ON "webhook_deliveries_attempts" USING btree ("_parent_id");
  CREATE INDEX "webhook_deliveries_clinic_idx" ON "webhook_deliveries" USING btree ("clinic_id");
  CREATE INDEX "webhook_deliveries_event_type_idx" ON "webhook_deliveries" USING btree ("event_type");
  CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clinic_keys_fk" FOREIGN KEY ("clinic_keys_id") REFERENCES "public"."clinic_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_clinic_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("clinic_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinic_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "clinic_keys" CASCADE;
  DROP TABLE "webhook_deliveries_attempts" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clinic_keys_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_clinic_keys_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clinic_keys_id";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
