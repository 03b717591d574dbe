import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics" ADD COLUMN "crisis_number" varchar DEFAULT '988' NOT NULL;
  ALTER TABLE "clinics" ADD COLUMN "crisis_takes_texts" boolean DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics" DROP COLUMN "crisis_number";
  ALTER TABLE "clinics" DROP COLUMN "crisis_takes_texts";`)
}
