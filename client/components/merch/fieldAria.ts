/**
 * Ties a control to its error line (MerchFieldError `id`): described by it while there are
 * errors, and invalid then (or when `invalid` says so, for one part of a field in error).
 */
export function fieldAria(errorId: string, errors: readonly string[], invalid = errors.length > 0) {
  return {
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': errors.length ? errorId : undefined,
  };
}
