import type { StockView } from '@shared/merch/stock';
import type { CsvPreview, OptionImageView } from '@shared/merch/studio';
import { call, json, type DraftView } from './merch';

const enc = encodeURIComponent;

/** The studio's stock, option images and CSV preview (the rest of the editor is merchApi). */
export const merchStudioApi = {
  stock: (id: string) => json<StockView>(call('GET', `/${enc(id)}/stock`)),
  setStock: (id: string, optionId: string, inStock: boolean) =>
    json<StockView>(call('PUT', `/${enc(id)}/stock/${enc(optionId)}`, { json: { inStock } })),
  uploadImage: (id: string, optionId: string, file: Blob, revision: number) =>
    json<DraftView & { image: OptionImageView }>(
      call('PUT', `/${enc(id)}/draft/options/${enc(optionId)}/image`, { file, ifMatch: revision }),
    ),
  previewCsv: (id: string, csv: string) =>
    json<CsvPreview>(call('POST', `/${enc(id)}/draft/options.csv/preview`, { csv })),
};
