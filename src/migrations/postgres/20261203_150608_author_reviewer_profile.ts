import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "authors" ADD COLUMN "reviewer_id" uuid;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "authors_reviewer_idx" ON "authors" USING btree ("reviewer_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "authors" DROP CONSTRAINT "authors_reviewer_id_users_id_fk";
  
  DROP INDEX "authors_reviewer_idx";
  ALTER TABLE "authors" DROP COLUMN "reviewer_id";`)
}
