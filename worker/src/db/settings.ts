import { defaultReportSettings, type ReportSettings } from '#shared/api/schemas.ts';

interface SettingsRow {
  commission_name: string | null;
  founded_month: string | null;
  family_hall: string;
}

export async function reportSettingsOf(db: D1Database): Promise<ReportSettings> {
  const row = await db
    .prepare('SELECT commission_name, founded_month, family_hall FROM settings WHERE id = 1')
    .first<SettingsRow>();
  return row
    ? { commissionName: row.commission_name, foundedMonth: row.founded_month, familyHall: row.family_hall }
    : defaultReportSettings;
}

export async function saveReportSettings(db: D1Database, s: ReportSettings, now: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO settings (id, commission_name, founded_month, family_hall, updated_at) VALUES (1, ?1, ?2, ?3, ?4)
       ON CONFLICT (id) DO UPDATE SET commission_name = excluded.commission_name, founded_month = excluded.founded_month,
         family_hall = excluded.family_hall, updated_at = excluded.updated_at`,
    )
    .bind(s.commissionName, s.foundedMonth, s.familyHall, now)
    .run();
}
