import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clinic_keys_id" uuid;
  ALTER TABLE "clinic_keys" ADD CONSTRAINT "clinic_keys_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "clinic_keys_clinic_idx" ON "clinic_keys" USING btree ("clinic_id");
  CREATE INDEX "clinic_keys_hash_idx" ON "clinic_keys" USING btree ("hash");
  CREATE INDEX "clinic_keys_updated_at_idx" ON "clinic_keys" USING btree ("updated_at");
  CREATE INDEX "clinic_keys_created_at_idx" ON "clinic_keys" USING btree ("created_at");
  CREATE INDEX "clinic_keys_deleted_at_idx" ON "clinic_keys" USING btree ("deleted_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clinic_keys_fk" FOREIGN KEY ("clinic_keys_id") REFERENCES "public"."clinic_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_clinic_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("clinic_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinic_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "clinic_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clinic_keys_fk";
  
  DROP INDEX "payload_locked_documents_rels_clinic_keys_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clinic_keys_id";`)
}
