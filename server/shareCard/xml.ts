/** Text and attribute values for SVG and HTML: the five XML specials escaped. */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A colour from a catalog, only when it is a plain CSS colour (never markup). */
export const safeColor = (c: string, fallback = '#999999'): string =>
  /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9., %]{5,40}\))$/.test(c) ? c : fallback;
