import { escapeXml as x } from './xml';
import { wrapText } from './wrapText';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What the card says, already localised. */
export interface CardContent {
  /** The preview as a standalone `<svg viewBox…>` (server/shareCard/previewSvg.ts). */
  preview: string;
  kicker: string;
  title: string;
  /** The chosen options, in preview order. */
  parts: string[];
  /** "♥ 12 · ★ 4,5 (3) · von Anna" */
  footer: string;
}

const lines = (items: string[], x0: number, y0: number, step: number, attrs: string) =>
  items.map((l, i) => `<text x="${x0}" y="${y0 + i * step}" ${attrs}>${x(l)}</text>`).join('');

/** The 1200×630 share card: the preview on the left, name and what it is on the right. */
export function cardSvg(card: CardContent): string {
  const title = wrapText(card.title, 16, 2);
  const partsY = 200 + title.length * 68;
  const parts = wrapText(card.parts.join(', '), 34, 3);
  const preview = card.preview.replace('<svg ', '<svg x="70" y="45" width="460" height="540" ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="1200" height="630" fill="#fbf5ec"/>
<rect x="40" y="30" width="520" height="570" rx="36" fill="#f3e6d3"/>
${preview}
${lines([card.kicker.toUpperCase()], 610, 130, 0, 'font-family="DejaVu Sans" font-weight="bold" font-size="28" letter-spacing="3" fill="#b4532a"')}
${lines(title, 610, 200, 68, 'font-family="DejaVu Sans" font-weight="bold" font-size="56" fill="#2b2118"')}
${lines(parts, 610, partsY, 40, 'font-family="DejaVu Sans" font-size="28" fill="#5a4a3c"')}
${lines([card.footer], 610, 545, 0, 'font-family="DejaVu Sans" font-size="28" fill="#2b2118"')}
<rect x="610" y="568" width="80" height="6" rx="3" fill="#b4532a"/>
${lines(['Prosumer'], 1150, 580, 0, 'font-family="DejaVu Sans" font-weight="bold" font-size="30" text-anchor="end" fill="#b4532a"')}
</svg>`;
}
