import { Router } from 'express';
import { OPTION_IMAGE_NAME } from '@shared/merch/studio';
import { notFound } from '@server/errors';
import { OptionImageModel, type OptionImageDoc } from '@server/models/OptionImage';

/** A year: the name holds the content's hash, so what it names never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A lean read gives BSON Binary, not a Buffer. */
const bytesOf = (data: Buffer | { buffer: Uint8Array }) =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer.buffer, data.buffer.byteOffset, data.buffer.byteLength);

/** GET /api/images/<hash>-<width>.webp: one stored size of an option image, by `_id`. */
export function imagesRouter(): Router {
  const router = Router();
  router.get('/:name', async (req, res) => {
    const m = OPTION_IMAGE_NAME.exec(String(req.params.name));
    const doc = m
      ? await OptionImageModel.findById(`${m[1]}-${m[2]}`).lean<
          (Omit<OptionImageDoc, 'data'> & { data: Buffer | { buffer: Uint8Array } }) | null
        >()
      : null;
    if (!doc) throw notFound('The image');
    res
      .set('Cache-Control', IMMUTABLE)
      .set('ETag', `"${doc._id}"`)
      .set('Content-Security-Policy', "default-src 'none'");
    if (req.fresh) return void res.status(304).end();
    res.type(doc.contentType).send(bytesOf(doc.data));
  });
  return router;
}
