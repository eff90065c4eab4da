import express, { type RequestHandler } from 'express';
import { OPTION_IMAGE_MAX_BYTES, OPTION_IMAGE_TYPES } from '@shared/merch/studio';
import { badRequest, payloadTooLarge, unsupportedImage } from '@server/errors';
import { markParsed } from '@server/middleware/jsonBody';

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();
const raw = express.raw({ limit: OPTION_IMAGE_MAX_BYTES, type: () => true });

/**
 * The raw body of an image upload, mounted after the role check: the declared type must be
 * PNG, JPEG or WebP (415) and a declared length at most 5 MB (413) before a byte is read; a
 * body that turns out longer is cut off at 5 MB with 413 as well.
 */
export function imageBody(): RequestHandler {
  return (req, res, next) => {
    const type = mediaType(req.headers['content-type']);
    if (!(OPTION_IMAGE_TYPES as readonly string[]).includes(type)) return next(unsupportedImage(type || undefined));
    if (Number(req.headers['content-length'] ?? 0) > OPTION_IMAGE_MAX_BYTES) return next(payloadTooLarge('5 MB'));
    markParsed(req);
    raw(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) return next(badRequest('The image is empty.'));
      next();
    });
  };
}
