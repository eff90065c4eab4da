import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { previewLayers, weightCapacity, type PreviewLayer } from '@shared/preview/layers';

/** The jar's inner frame in its 200×270 viewBox: layers fill from BOTTOM up to TOP. */
export const JAR_TOP = 58;
export const JAR_BOTTOM = 250;
/** The jar's outline (also its clip path). */
export const JAR_PATH = 'M40 60h120c8 0 14 8 14 18v160c0 9-7 16-16 16H42c-9 0-16-7-16-16V78c0-10 6-18 14-18z';

export interface JarLayer extends PreviewLayer {
  y: number;
  h: number;
}

/** The muesli jar's bands by weight, bottom up, clipped at the top of the jar. */
export function jarLayers(catalog: Catalog, draft: DesignDraft): JarLayer[] {
  const capacity = weightCapacity(catalog, 575);
  const height = JAR_BOTTOM - JAR_TOP;
  let y = JAR_BOTTOM;
  return previewLayers(catalog, draft).map((l) => {
    const h = Math.min((l.amount / capacity) * height, y - JAR_TOP);
    y -= h;
    return { ...l, y, h };
  });
}
