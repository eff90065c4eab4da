import type { Catalog, DesignDraft, LocalizedText } from '@shared/catalog/types';
import { burgerStack, type BurgerPart } from '@shared/preview/burger';
import { JAR_PATH, jarLayers } from '@shared/preview/jar';
import { labelParts } from '@shared/preview/label';
import { escapeXml as x, safeColor as c } from './xml';

/**
 * The design's preview as a standalone SVG fragment (`<svg viewBox …>`), drawn from the same
 * layer data as the client's Vue previews (shared/preview), in what resvg renders: no CSS
 * variables, colours as rgba(), fonts DejaVu.
 */
export function previewSvg(catalog: Catalog, draft: DesignDraft, text: (t: LocalizedText | undefined) => string) {
  if (catalog.preview === 'burger') return burgerSvg(catalog, draft);
  if (catalog.preview === 'label') return labelSvg(catalog, draft, text);
  return jarSvg(catalog, draft);
}

const PRIMARY = '#b4532a';

function jarSvg(catalog: Catalog, draft: DesignDraft): string {
  const bands = jarLayers(catalog, draft)
    .map((l) => `<rect x="20" y="${l.y}" width="160" height="${l.h + 0.5}" fill="${c(l.color)}"/>`)
    .join('');
  return `<svg viewBox="0 0 200 270">
<defs><clipPath id="jar"><path d="${JAR_PATH}"/></clipPath></defs>
<rect x="46" y="22" width="108" height="30" rx="6" fill="${PRIMARY}"/>
<rect x="46" y="44" width="108" height="8" fill="rgba(0,0,0,0.15)"/>
<path d="${JAR_PATH}" fill="#fffdf9"/>
<g clip-path="url(#jar)">${bands}<rect x="20" y="56" width="40" height="210" fill="rgba(255,255,255,0.3)"/></g>
<path d="${JAR_PATH}" fill="none" stroke="#cdbba3" stroke-width="3"/></svg>`;
}

function burgerPart(p: BurgerPart): string {
  const f = c(p.color);
  switch (p.shape) {
    case 'bunTop':
      return `<path d="M30 ${p.y + 46}c0-30 40-46 90-46s90 16 90 46z" fill="${f}"/>`;
    case 'bunBottom':
      return `<rect x="30" y="${p.y}" width="180" height="22" rx="10" fill="${f}"/>`;
    case 'patty':
      return `<rect x="24" y="${p.y}" width="192" height="22" rx="11" fill="${f}"/>`;
    case 'cheese':
      return `<path d="M22 ${p.y}h196l-10 8-12 10-10-10H60l-12 10-10-10z" fill="${f}"/>`;
    case 'leaf':
      return `<path d="M20 ${p.y + 5}q20-10 40 0t40 0 40 0 40 0 40 0v5H20z" fill="${f}"/>`;
    case 'sauce':
      return `<rect x="34" y="${p.y}" width="172" height="6" rx="3" fill="${f}"/>`;
    default:
      return `<rect x="32" y="${p.y}" width="176" height="10" rx="5" fill="${f}"/>`;
  }
}

function burgerSvg(catalog: Catalog, draft: DesignDraft): string {
  const { placed, scale } = burgerStack(catalog, draft);
  return `<svg viewBox="0 0 240 270">
<ellipse cx="120" cy="256" rx="100" ry="9" fill="rgba(60,40,20,0.12)"/>
<g transform="translate(120 252) scale(${scale}) translate(-120 -252)">${placed.map(burgerPart).join('')}</g></svg>`;
}

const FONT_FAMILY: Record<string, string> = {
  serif: 'DejaVu Serif',
  'sans-serif': 'DejaVu Sans',
  monospace: 'DejaVu Sans Mono',
  cursive: 'DejaVu Serif',
  fantasy: 'DejaVu Sans',
};

function labelSvg(catalog: Catalog, draft: DesignDraft, text: (t: LocalizedText | undefined) => string): string {
  const p = labelParts(catalog, draft, text);
  const font = FONT_FAMILY[p.fontTag] ?? 'DejaVu Serif';
  const [first = '', second] = p.lines.map((l) => x(l.slice(0, 40)));
  const fit = first.length > 10 ? ' textLength="120" lengthAdjust="spacingAndGlyphs"' : '';
  return `<svg viewBox="0 0 200 260">
<g transform="translate(100 250) scale(${p.scale}) translate(-100 -250)">
<rect x="52" y="20" width="96" height="26" rx="6" fill="${c(p.lid)}"/>
<path d="M44 50h112c10 0 16 10 16 20v160c0 10-8 18-18 18H46c-10 0-18-8-18-18V70c0-10 6-20 16-20z" fill="#f3e2c3" stroke="#cdbba3" stroke-width="3"/>
<rect x="34" y="104" width="132" height="84" rx="8" fill="${c(p.paper)}" stroke="rgba(0,0,0,0.12)"/>
<text x="100" y="${second ? 146 : 154}" text-anchor="middle" font-family="${font}" font-size="20" fill="${c(p.ink)}"${fit}>${first}</text>
${second ? `<text x="100" y="170" text-anchor="middle" font-family="${font}" font-size="12" fill="${c(p.ink)}">${second}</text>` : ''}
</g></svg>`;
}
