import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renderDeliveryRows' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renderDeliveryRows' BEFORE 'schedulePublish';
  CREATE TABLE "delivery_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"clinic" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"post" varchar NOT NULL,
  	"content_hash" varchar,
  	"signed_off_by" varchar,
  	"signed_off_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"post_created_at" timestamp(3) with time zone,
  	"author" varchar,
  	"terms_text" varchar,
  	"valid_until" timestamp(3) with time zone,
  	"rendered_at" timestamp(3) with time zone NOT NULL,
  	"superseded_at" timestamp(3) with time zone,
  	"article" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"no_index" boolean DEFAULT false,
  	"post_updated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "delivery_documents_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "delivery_changes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"dependency" varchar NOT NULL,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"urgency" numeric DEFAULT 1 NOT NULL,
  	"rendered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "concurrency_key" varchar;
  ALTER TABLE "delivery_documents_texts" ADD CONSTRAINT "delivery_documents_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."delivery_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "delivery_documents_clinic_idx" ON "delivery_documents" USING btree ("clinic");
  CREATE INDEX "delivery_documents_slug_idx" ON "delivery_documents" USING btree ("slug");
  CREATE INDEX "delivery_documents_post_idx" ON "delivery_documents" USING btree ("post");
  CREATE INDEX "delivery_documents_published_at_idx" ON "delivery_documents" USING btree ("published_at");
  CREATE INDEX "delivery_documents_author_idx" ON "delivery_documents" USING btree ("author");
  CREATE INDEX "delivery_documents_rendered_at_idx" ON "delivery_documents" USING btree ("rendered_at");
  CREATE INDEX "delivery_documents_superseded_at_idx" ON "delivery_documents" USING btree ("superseded_at");
  CREATE INDEX "delivery_documents_updated_at_idx" ON "delivery_documents" USING btree ("updated_at");
  CREATE INDEX "delivery_documents_created_at_idx" ON "delivery_documents" USING btree ("created_at");
  CREATE INDEX "clinic_slug_supersededAt_idx" ON "delivery_documents" USING btree ("clinic","slug","superseded_at");
  CREATE INDEX "clinic_supersededAt_publishedAt_idx" ON "delivery_documents" USING btree ("clinic","superseded_at","published_at");
  CREATE INDEX "delivery_documents_texts_order_parent" ON "delivery_documents_texts" USING btree ("order","parent_id");
  CREATE INDEX "delivery_documents_texts_text_idx" ON "delivery_documents_texts" USING btree ("text");
  CREATE INDEX "delivery_changes_dependency_idx" ON "delivery_changes" USING btree ("dependency");
  CREATE INDEX "delivery_changes_changed_at_idx" ON "delivery_changes" USING btree ("changed_at");
  CREATE INDEX "delivery_changes_rendered_at_idx" ON "delivery_changes" USING btree ("rendered_at");
  CREATE INDEX "delivery_changes_updated_at_idx" ON "delivery_changes" USING btree ("updated_at");
  CREATE INDEX "delivery_changes_created_at_idx" ON "delivery_changes" USING btree ("created_at");
  CREATE INDEX "dependency_changedAt_idx" ON "delivery_changes" USING btree ("dependency","changed_at");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "delivery_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_documents_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "delivery_documents" CASCADE;
  DROP TABLE "delivery_documents_texts" CASCADE;
  DROP TABLE "delivery_changes" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'reviewClaimFallout', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'reviewClaimFallout', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_concurrency_key_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "concurrency_key";`)
}
