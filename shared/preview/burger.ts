import type { Catalog, CatalogOption, DesignDraft } from '@shared/catalog/types';
import { previewLayers } from '@shared/preview/layers';

export type BurgerShape = 'bunTop' | 'bunBottom' | 'patty' | 'cheese' | 'leaf' | 'sauce' | 'slice';
const HEIGHT: Record<BurgerShape, number> = {
  bunTop: 46,
  bunBottom: 22,
  patty: 22,
  cheese: 8,
  leaf: 9,
  sauce: 6,
  slice: 10,
};

function shapeOf(groupId: string): BurgerShape {
  if (/patt|meat|fleisch/.test(groupId)) return 'patty';
  if (/chees|käse|kaese/.test(groupId)) return 'cheese';
  if (/sauce|sosse/.test(groupId)) return 'sauce';
  if (/veg|salad|gemüse|gemuese/.test(groupId)) return 'leaf';
  return 'slice';
}

export interface BurgerPart {
  key: string;
  shape: BurgerShape;
  color: string;
  option: CatalogOption;
  y: number;
}

/** The burger in its 240×270 viewBox: bottom bun, one part per unit, top bun; scaled to fit. */
export function burgerStack(catalog: Catalog, draft: DesignDraft): { placed: BurgerPart[]; scale: number } {
  const parts: Omit<BurgerPart, 'y'>[] = [];
  let bun: { color: string; option: CatalogOption } | null = null;
  for (const l of previewLayers(catalog, draft)) {
    if (/bun|bread|brot/.test(l.option.groupId)) {
      bun = { color: l.color, option: l.option };
      continue;
    }
    const units = draft.selections.find((s) => s.optionId === l.key)?.quantity ?? 1;
    for (let i = 0; i < units; i++)
      parts.push({ key: `${l.key}-${i}`, shape: shapeOf(l.option.groupId), color: l.color, option: l.option });
  }
  const all = bun
    ? [
        { key: 'bun-bottom', shape: 'bunBottom' as BurgerShape, ...bun },
        ...parts,
        { key: 'bun-top', shape: 'bunTop' as BurgerShape, ...bun },
      ]
    : parts;
  let y = 250;
  const placed = all.map((p) => {
    y -= HEIGHT[p.shape] - (p.shape === 'sauce' ? 0 : 2);
    return { ...p, y };
  });
  // A tall stack is scaled down to fit the frame.
  const top = Math.min(40, y);
  return { placed, scale: Math.min(1, 210 / (250 - top)) };
}
