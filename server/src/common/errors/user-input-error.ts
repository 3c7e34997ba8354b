import type { ErrorCode } from './catalogue.js';

/**
 * A refusal the caller can fix. Services throw it; mutations turn it into `userErrors`
 * (see `middleware.ts`) and queries into a GraphQL error with code BAD_USER_INPUT, in the caller's language.
 */
export class UserInputError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field: string[] | null = null,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** Several refusals at once, e.g. all eligibility problems of a nomination. */
export class UserInputErrors extends Error {
  constructor(readonly errors: UserInputError[]) {
    super(errors.map((e) => e.code).join(','));
  }
}

/** The caller is not signed in, or may not touch this object. */
export class AccessError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}
