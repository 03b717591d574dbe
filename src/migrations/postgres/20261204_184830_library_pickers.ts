import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "references" ADD COLUMN "picker_label" varchar;
  ALTER TABLE "references" ADD COLUMN "search_words" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_picker_label" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_search_words" varchar;
  ALTER TABLE "claims" ADD COLUMN "picker_label" varchar;
  ALTER TABLE "claims" ADD COLUMN "search_words" varchar;
  ALTER TABLE "_claims_v" ADD COLUMN "version_picker_label" varchar;
  ALTER TABLE "_claims_v" ADD COLUMN "version_search_words" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "references" DROP COLUMN "picker_label";
  ALTER TABLE "references" DROP COLUMN "search_words";
  ALTER TABLE "_references_v" DROP COLUMN "version_picker_label";
  ALTER TABLE "_references_v" DROP COLUMN "version_search_words";
  ALTER TABLE "claims" DROP COLUMN "picker_label";
  ALTER TABLE "claims" DROP COLUMN "search_words";
  ALTER TABLE "_claims_v" DROP COLUMN "version_picker_label";
  ALTER TABLE "_claims_v" DROP COLUMN "version_search_words";`)
}
