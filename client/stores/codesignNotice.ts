import type { Catalog } from '@shared/catalog/types';
import type { DesignOp } from '@shared/codesign/operations';
import type { LiveReject } from '@shared/codesign/protocol';
import { stepUp } from '@shared/codesign/draftEdits';
import { currentLocale, i18n } from '@client/i18n';
import { personName } from '@client/components/codesign/personName';

export interface RefusalNotice {
  text: string;
  /** Make room (the engine's smallest repair), then the refused edit again; empty: nothing to offer. */
  offer: DesignOp[];
  offerText: string | null;
}

/** What someone else's last edit was, in words: "50 g Cornflakes hinzugefügt". */
function describe(catalog: Catalog, op: DesignOp): string {
  const t = i18n.global.t;
  const option = 'optionId' in op ? catalog.options.find((o) => o.id === op.optionId) : undefined;
  const name = option ? option.name[currentLocale()] : '';
  if (op.kind === 'add' && option) {
    const grams = option.weightGrams * stepUp(option, 0);
    return t('codesign.did.add', { what: grams ? `${grams} g ${name}` : name });
  }
  if (op.kind === 'setQuantity' || op.kind === 'swap') return t('codesign.did.change', { what: name });
  return t('codesign.did.other');
}

/** The message a refused edit leaves behind: why, who was first, and what would make room. */
export function refusalNotice(catalog: Catalog, reject: LiveReject, refused?: DesignOp): RefusalNotice {
  const t = i18n.global.t;
  const reason = reject.reasons[0]?.message ?? t('codesign.refused');
  const text = reject.after
    ? t('codesign.refusedAfter', { reason, name: personName(reject.after.by), did: describe(catalog, reject.after.op) })
    : reason;
  // Repairs of the refused option itself would only undo the edit: those are no offer.
  const own = refused && 'optionId' in refused ? refused.optionId : null;
  const offer: DesignOp[] = [];
  for (const c of reject.repair) {
    if (!c.optionId || c.to === undefined || c.optionId === own) continue;
    offer.push({ kind: 'setQuantity', optionId: c.optionId, quantity: c.to });
  }
  const option = (id: string) => catalog.options.find((o) => o.id === id)?.name[currentLocale()] ?? id;
  const changes = offer.length;
  if (changes && refused) offer.push(refused);
  const offerText = changes
    ? t('codesign.offer', {
        changes: offer
          .slice(0, changes)
          .map((o) => ('optionId' in o ? option(o.optionId) : ''))
          .join(', '),
      })
    : null;
  return { text, offer, offerText };
}
