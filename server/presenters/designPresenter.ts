import type { Design, DesignStatus, Totals } from '@shared/api';
import { draftOf } from '@server/designs/draftOf';
import type { DesignDoc } from '@server/models/Design';
import { EDITABLE_STATES } from '@server/moderation/stateMachine';
import { presentModeration } from './moderationPresenter';

/**
 * A stored design as the API shows it; owner ids never leave the server. `canEdit`: the caller
 * may change it (its owner); such a caller also sees its moderation, and it stays `editable`
 * only while private or rejected (a design under review or in the gallery is not edited in place).
 */
export function presentDesign(d: DesignDoc, canEdit: boolean): Design {
  return {
    id: d._id,
    ...draftOf(d),
    totals: d.totals as unknown as Totals,
    status: d.status as DesignStatus,
    editable: canEdit && EDITABLE_STATES.includes(d.status as DesignStatus),
    revision: d.revision,
    ...(canEdit ? { moderation: presentModeration(d) } : {}),
    remixOf: d.remixOf ?? null,
    remixCount: d.remixCount ?? 0,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
