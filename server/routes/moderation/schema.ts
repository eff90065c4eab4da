import {
  APPEAL_MESSAGE_MAX,
  DECISION_REASON_MAX,
  REASON_CODES,
  REPORT_REASON_MAX,
  TEXT_CHECK_MAX,
} from '@shared/moderation';
import { PLAIN_TEXT } from '@shared/catalog/designSchema';

const text = (maxLength: number, minLength = 0) =>
  ({ type: 'string', minLength, maxLength, pattern: PLAIN_TEXT }) as const;
/** Plain text that is not only blanks. */
const someText = (maxLength: number) =>
  ({ ...text(maxLength, 1), allOf: [{ type: 'string', pattern: '\\S' }] }) as const;

/** POST /api/moderation/check */
export const checkSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    /** Any text up to 2000 characters; an empty one is simply allowed. */
    text: { type: 'string', maxLength: TEXT_CHECK_MAX },
    /** The UI language; defaults to the request's Accept-Language. */
    locale: { type: 'string', enum: ['de', 'en'] },
  },
} as const;

/** approve: no body, `{}`, or a note for the audit log. */
export const approveSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    reason: text(DECISION_REASON_MAX),
    reasonCode: { type: 'string', enum: [...REASON_CODES] },
  },
} as const;

/** reject: a template code, free text, or both; without a code the text must say something. */
export const rejectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    reason: text(DECISION_REASON_MAX),
    reasonCode: { type: 'string', enum: [...REASON_CODES] },
  },
  anyOf: [
    { type: 'object', properties: { reasonCode: { type: 'string' } }, required: ['reasonCode'] },
    { type: 'object', properties: { reason: { type: 'string', pattern: '\\S' } }, required: ['reason'] },
  ],
} as const;

/** takedown and suspend: why, always (it goes to the audit log). */
export const reasonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    reason: someText(DECISION_REASON_MAX),
    reasonCode: { type: 'string', enum: [...REASON_CODES] },
  },
} as const;

/** POST /api/designs/:id/report */
export const reportSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: someText(REPORT_REASON_MAX) },
} as const;

/** POST /api/designs/:id/appeal */
export const appealSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['message'],
  properties: { message: someText(APPEAL_MESSAGE_MAX) },
} as const;
