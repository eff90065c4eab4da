import {
  APPEAL_MESSAGE_MAX,
  DECISION_REASON_MAX,
  REASON_CODES,
  REPORT_REASON_MAX,
  TEXT_CHECK_MAX,
} from '@shared/moderation';
import type { JSONSchemaType } from 'ajv';
import type { AppealBody, DecisionBody, ReportBody, TextCheckBody } from '@shared/moderation';
import { PLAIN_TEXT } from '@shared/catalog/designSchema';

const text = (maxLength: number, minLength = 0) =>
  ({ type: 'string', minLength, maxLength, pattern: PLAIN_TEXT }) as const;
/** Plain text that is not only blanks. */
const someText = (maxLength: number) =>
  ({ ...text(maxLength, 1), allOf: [{ type: 'string', pattern: '\\S' }] }) as const;

/** POST /api/moderation/check */
export const checkSchema: JSONSchemaType<TextCheckBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    /** Any text up to 2000 characters; an empty one is simply allowed. */
    text: { type: 'string', maxLength: TEXT_CHECK_MAX },
    /** The UI language; defaults to the request's Accept-Language. */
    locale: { type: 'string', enum: ['de', 'en'], nullable: true },
  },
};

/** approve: no body, `{}`, or a note for the audit log. */
export const approveSchema: JSONSchemaType<DecisionBody> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    reason: { ...text(DECISION_REASON_MAX), nullable: true },
    reasonCode: { type: 'string', enum: [...REASON_CODES], nullable: true },
  },
};

/** reject: a template code, free text, or both; without a code the text must say something. */
export const rejectSchema: JSONSchemaType<DecisionBody> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    reason: { ...text(DECISION_REASON_MAX), nullable: true },
    reasonCode: { type: 'string', enum: [...REASON_CODES], nullable: true },
  },
  anyOf: [
    { type: 'object', properties: { reasonCode: { type: 'string' } }, required: ['reasonCode'] },
    { type: 'object', properties: { reason: { type: 'string', pattern: '\\S' } }, required: ['reason'] },
  ],
};

/** takedown and suspend: why, always (it goes to the audit log). */
/** A decision whose reason is required. */
export type ReasonBody = DecisionBody & { reason: string };
export const reasonSchema: JSONSchemaType<ReasonBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    reason: someText(DECISION_REASON_MAX),
    reasonCode: { type: 'string', enum: [...REASON_CODES], nullable: true },
  },
};

/** POST /api/designs/:id/report */
export const reportSchema: JSONSchemaType<ReportBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: someText(REPORT_REASON_MAX) },
};

/** POST /api/designs/:id/appeal */
export const appealSchema: JSONSchemaType<AppealBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['message'],
  properties: { message: someText(APPEAL_MESSAGE_MAX) },
};
