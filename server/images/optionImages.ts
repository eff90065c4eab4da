import { createHash } from 'node:crypto';
import sharp from 'sharp';
import {
  OPTION_IMAGE_DEFAULT_WIDTH,
  OPTION_IMAGE_WIDTHS,
  optionImageSrcset,
  optionImageUrl,
  type OptionImageView,
} from '@shared/merch/studio';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { invalidImage, unsupportedImage } from '@server/errors';
import { OptionImageModel } from '@server/models/OptionImage';

/** Decoding more pixels than this is refused (a decompression bomb): 40 megapixels. */
const MAX_INPUT_PIXELS = 40_000_000;
const DECODABLE = new Set(['png', 'jpeg', 'webp']);
const decoder = (bytes: Buffer) => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });

/**
 * Decodes an upload and re-encodes it as square WebP in every stored width. Only what sharp
 * itself recognises as PNG, JPEG or WebP is decoded (an SVG is 415 whatever its label says),
 * a truncated or corrupt file is 422; the output carries no metadata (sharp keeps none unless
 * asked), so EXIF locations and comments never reach a shopper.
 */
export async function encodeOptionImage(
  bytes: Buffer,
): Promise<{ hash: string; sizes: { width: number; data: Buffer }[] }> {
  let format: string | undefined;
  try {
    format = (await decoder(bytes).metadata()).format;
  } catch {
    throw invalidImage('The file is not an image that can be read (PNG, JPEG or WebP).');
  }
  if (!format || !DECODABLE.has(format)) throw unsupportedImage(format);
  try {
    const sizes = await Promise.all(
      OPTION_IMAGE_WIDTHS.map(async (width) => ({
        width,
        data: await decoder(bytes)
          .rotate()
          .resize(width, width, { fit: 'cover', position: 'attention' })
          .webp({ quality: 80, effort: 4 })
          .toBuffer(),
      })),
    );
    const hash = createHash('sha256').update(sizes.at(-1)!.data).digest('hex').slice(0, 24);
    return { hash, sizes };
  } catch {
    throw invalidImage('The image could not be decoded completely; it may be truncated or damaged.');
  }
}

/** Stores each size as its own document (an insert; the same image again is already there). */
export async function storeOptionImage(image: { hash: string; sizes: { width: number; data: Buffer }[] }) {
  for (const { width, data } of image.sizes)
    await OptionImageModel.create({
      _id: `${image.hash}-${width}`,
      contentType: 'image/webp',
      width,
      height: width,
      data,
    }).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
  const url = optionImageUrl(image.hash, OPTION_IMAGE_DEFAULT_WIDTH);
  const view: OptionImageView = {
    url,
    width: OPTION_IMAGE_DEFAULT_WIDTH,
    height: OPTION_IMAGE_DEFAULT_WIDTH,
    srcset: optionImageSrcset(url)!,
  };
  return view;
}
