import type { Problem, ProblemCode, Violation } from '@shared/api';

/** Codes the client adds for failures that never reached the API. */
export type ClientErrorCode = 'network_error' | 'bad_response';

/** A failed API call: the problem's stable code, a readable message and any rule errors. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ProblemCode | ClientErrorCode,
    message: string,
    readonly errors: Violation[] = [],
  ) {
    super(message);
  }

  /** Builds the error from an `application/problem+json` body (or whatever came instead). */
  static fromProblem(status: number, body: Partial<Problem> | null): ApiError {
    const code = body?.code ?? (status >= 500 ? 'internal' : 'bad_response');
    const message = body?.detail || body?.title || `HTTP ${status}`;
    return new ApiError(status, code, message, Array.isArray(body?.errors) ? body.errors : []);
  }
}

/** Anything thrown by a fetch as an ApiError, so views have one shape to show. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError(0, 'bad_response', e instanceof Error ? e.message : String(e));
}
