import type { JSONSchemaType } from 'ajv';
import {
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  type LoginBody,
  type RegisterBody,
} from '@shared/auth';

/** One address, no spaces or control characters; deliverability is not checked. */
const email = {
  type: 'string',
  maxLength: EMAIL_MAX,
  pattern: '^[^\\s@\\p{Cc}]+@[^\\s@\\p{Cc}]+\\.[^\\s@\\p{Cc}]+$',
} as const;

/** Printable, no control, format (bidi overrides, zero-width) or line-break characters, trimmed. */
const NAME_CHAR = '[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Zl}\\p{Zp}]';
const NAME_EDGE = '[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Zl}\\p{Zp}\\s]';
const displayName = {
  type: 'string',
  minLength: 1,
  maxLength: DISPLAY_NAME_MAX,
  pattern: `^${NAME_EDGE}(${NAME_CHAR}*${NAME_EDGE})?$`,
} as const;

/**
 * POST /api/auth/register. `additionalProperties: false` refuses what the server owns
 * (roles, suspendedAt, timestamps …) with 400 instead of ignoring it silently.
 */
export const registerSchema: JSONSchemaType<RegisterBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password', 'displayName'],
  properties: {
    email,
    /** Also checked in code: not the email itself. */
    password: { type: 'string', minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX },
    displayName,
  },
};

/** POST /api/auth/login: loose on purpose; a wrong address is just a failed sign-in. */
export const loginSchema: JSONSchemaType<LoginBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', minLength: 1, maxLength: EMAIL_MAX },
    password: { type: 'string', minLength: 1, maxLength: PASSWORD_MAX },
  },
};
