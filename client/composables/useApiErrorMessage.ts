import { useI18n } from 'vue-i18n';
import type { ApiError } from '@client/api';

/** A sentence for an API failure: our own words for known codes, else the server's detail. */
export function useApiErrorMessage() {
  const { t, te } = useI18n();
  return (error: ApiError | null): string => {
    if (!error) return '';
    // 412: the revision this tab holds is not the stored one any more (a design, a catalog draft).
    if (error.code === 'precondition_failed') return t('revisions.stale');
    const key = `errors.${error.code}`;
    if (error.code === 'invalid_design' || error.code === 'text_rejected') return t(key);
    return te(key) ? t(key) : error.message;
  };
}
