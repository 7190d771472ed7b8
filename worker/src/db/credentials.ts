export interface CredentialRecord {
  id: string;
  unit_code: string;
  role: 'clerk' | 'supervisor';
  label: string;
  token_hash: string;
  unit_path: string;
}

export function findActiveCredential(db: D1Database, tokenHash: string): Promise<CredentialRecord | null> {
  return db
    .prepare(
      `SELECT c.id, c.unit_code, c.role, c.label, c.token_hash, u.path AS unit_path
         FROM credentials c JOIN units u ON u.code = c.unit_code
        WHERE c.token_hash = ?1 AND c.revoked_at IS NULL`,
    )
    .bind(tokenHash)
    .first<CredentialRecord>();
}

export async function insertCredential(
  db: D1Database,
  credential: {
    id: string;
    unitCode: string;
    role: 'clerk' | 'supervisor';
    label: string;
    tokenHash: string;
    now: string;
  },
): Promise<void> {
  await db
    .prepare(
      'INSERT INTO credentials (id, unit_code, role, label, token_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)',
    )
    .bind(credential.id, credential.unitCode, credential.role, credential.label, credential.tokenHash, credential.now)
    .run();
}

/** Revokes a credential; false when there is no active one with that id. */
export async function revokeCredential(db: D1Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE credentials SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL')
    .bind(id, now)
    .run();
  return result.meta.changes > 0;
}

export interface CredentialListing {
  id: string;
  unitCode: string;
  role: 'clerk' | 'supervisor';
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export async function listCredentials(db: D1Database): Promise<CredentialListing[]> {
  const { results } = await db
    .prepare(
      `SELECT id, unit_code AS unitCode, role, label, created_at AS createdAt, revoked_at AS revokedAt
         FROM credentials ORDER BY unit_code, created_at`,
    )
    .all<CredentialListing>();
  return results;
}
