import type { JSONSchemaType } from 'ajv';
import { PLAIN_TEXT } from '@shared/catalog/designSchema';
import { REVIEW_RATING_MAX, REVIEW_RATING_MIN, REVIEW_TEXT_MAX, type ReviewBody } from '@shared/api';

/** POST /api/designs/:id/reviews */
export const reviewSchema: JSONSchemaType<ReviewBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['rating'],
  properties: {
    rating: { type: 'integer', minimum: REVIEW_RATING_MIN, maximum: REVIEW_RATING_MAX },
    text: { type: 'string', maxLength: REVIEW_TEXT_MAX, pattern: PLAIN_TEXT, nullable: true },
  },
};
