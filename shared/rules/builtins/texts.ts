/**
 * Built-in checks on the design's texts: required, length in characters (code points),
 * allowed characters, unknown fields. Texts never affect which options are available.
 */
import type { Catalog, Locale, TextField } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import { ruleMessage, type MessageParams, type RuleCode } from '@shared/i18n/ruleMessages';

/** A text violation and whether typing more (not deleting) can fix it. */
export interface TextFinding {
  violation: Violation;
  fixable: boolean;
}

const patterns = new WeakMap<TextField, RegExp | null>();

/** The field's single-character pattern, or null when the catalog's pattern does not compile. */
export function allowedPattern(field: TextField): RegExp | null {
  if (!field.allowedCharacters) return null;
  if (!patterns.has(field)) {
    try {
      patterns.set(field, new RegExp(`^(?:${field.allowedCharacters})$`, 'u'));
    } catch {
      patterns.set(field, null); // the meta-schema check reports it; shoppers are not blocked
    }
  }
  return patterns.get(field) ?? null;
}

export function textFindings(catalog: Catalog, texts: unknown, locale: Locale): TextFinding[] {
  const fields = Array.isArray(catalog.textFields) ? catalog.textFields : [];
  const given = texts && typeof texts === 'object' ? (texts as Record<string, unknown>) : {};
  const out: TextFinding[] = [];
  const add = (code: RuleCode, field: string, params: MessageParams, fixable = false) =>
    out.push({
      violation: { code, message: ruleMessage(code, locale, params), ruleId: field, path: `/texts/${field}`, params },
      fixable,
    });
  for (const field of fields) {
    const label = (field.label && (field.label[locale] || field.label.de)) || field.id;
    const text = given[field.id];
    if (text !== undefined && typeof text !== 'string') add('text_invalid', field.id, { label });
    else if (!text || !text.trim()) {
      if (field.required) add('text_required', field.id, { label }, true);
    } else findingsOf(field, text, label, add);
  }
  const known = new Set(fields.map((f) => f.id));
  for (const id of Object.keys(given)) if (!known.has(id)) add('unknown_text_field', id, { field: id });
  return out;
}

function findingsOf(
  field: TextField,
  text: string,
  label: string,
  add: (code: RuleCode, field: string, params: MessageParams, fixable?: boolean) => void,
) {
  const chars = [...text];
  if (field.minLength !== undefined && chars.length < field.minLength)
    add('text_too_short', field.id, { label, min: field.minLength }, true);
  if (chars.length > field.maxLength)
    add('text_too_long', field.id, { label, max: field.maxLength, length: chars.length });
  const pattern = allowedPattern(field);
  const bad = pattern ? [...new Set(chars.filter((ch) => !pattern.test(ch)))] : [];
  if (bad.length) add('text_characters', field.id, { label, characters: bad.map((ch) => `„${ch}“`).join(' ') });
}
