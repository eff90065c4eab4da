import type { Design, DesignStatus, Totals } from '@shared/api';
import type { DesignDoc } from '@server/models/Design';

/** A stored design as the API shows it; owner ids never leave the server. */
export function presentDesign(d: DesignDoc, editable: boolean): Design {
  return {
    id: d._id,
    catalogId: d.catalogId,
    catalogVersion: d.catalogVersion,
    name: d.name ?? '',
    selections: d.selections.map((s) => ({ optionId: s.optionId, quantity: s.quantity })),
    texts: { ...(d.texts as Record<string, string>) },
    diets: [...d.diets],
    totals: d.totals as unknown as Totals,
    status: d.status as DesignStatus,
    editable,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
