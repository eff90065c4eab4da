/**
 * The texts of the studio's table tools, groups, stock, images and CSV import, merged into the
 * app's i18n when a studio component loads: they travel in the merchandiser's chunk, not in the
 * shopper's bundle. Importing this module is enough.
 */
import de from '@client/i18n/studio.de.json';
import en from '@client/i18n/studio.en.json';
import { i18n } from '@client/i18n';

i18n.global.mergeLocaleMessage('de', de);
i18n.global.mergeLocaleMessage('en', en);
