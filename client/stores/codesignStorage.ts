import type { PendingOp } from '@shared/codesign/replica';

/**
 * What survives a reload of the tab: its client id and the operations the server has not
 * answered yet (sessionStorage: per tab, gone with the tab). Storage may be blocked; then
 * the tab gets a fresh id and pending operations live only in memory.
 */
export function tabClientId(): string {
  const key = 'prosumer.codesign.client';
  try {
    const stored = sessionStorage.getItem(key);
    if (stored) return stored;
    const id = crypto.randomUUID().replace(/-/g, '');
    sessionStorage.setItem(key, id);
    return id;
  } catch {
    return crypto.randomUUID().replace(/-/g, '');
  }
}

const pendingKey = (designId: string) => `prosumer.codesign.pending.${designId}`;

export function loadPending(designId: string): PendingOp[] {
  try {
    const raw = JSON.parse(sessionStorage.getItem(pendingKey(designId)) ?? '[]');
    return Array.isArray(raw) ? raw : [];
  } catch {
    return [];
  }
}

export function savePending(designId: string, pending: readonly PendingOp[]): void {
  try {
    if (pending.length) sessionStorage.setItem(pendingKey(designId), JSON.stringify(pending));
    else sessionStorage.removeItem(pendingKey(designId));
  } catch {
    // Blocked storage: a reload then loses what was not yet answered, nothing else.
  }
}
