import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "delivery_documents" ADD COLUMN "render_version" numeric;
  CREATE INDEX "delivery_documents_render_version_idx" ON "delivery_documents" USING btree ("render_version");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "delivery_documents_render_version_idx";
  ALTER TABLE "delivery_documents" DROP COLUMN "render_version";`)
}
