/** The studio's words (rule builder, diff, preview), merged in with the studio's chunk (the shopper's bundle never carries them). */
import { i18n } from '@client/i18n';
import de from '@client/i18n/merchStudio.de.json';
import en from '@client/i18n/merchStudio.en.json';

i18n.global.mergeLocaleMessage('de', de);
i18n.global.mergeLocaleMessage('en', en);
