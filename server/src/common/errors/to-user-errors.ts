import { ArgumentValidationError } from 'type-graphql';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { AccessError, UserInputError, UserInputErrors } from './user-input-error.js';
import { hasMessage, translate } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import type { UserError } from './user-error.type.js';
import { CommonError } from './catalogue.js';

function constraintParams(error: ValidationError, constraint: string): Record<string, unknown> {
  const target = error.target?.constructor;
  if (!target) return {};
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  const c = meta?.constraints ?? [];
  switch (constraint) {
    case 'maxLength': case 'max': case 'arrayMaxSize': return { max: c[0] };
    case 'minLength': case 'min': case 'arrayMinSize': return { min: c[0] };
    case 'isLength': return { min: c[0], max: c[1] };
    default: return {};
  }
}

function flatten(errors: ValidationError[], locale: Locale, path: string[] = []): UserError[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const key = hasMessage(`validation/${constraint}`) ? `validation/${constraint}` : 'validation/default';
      return { code: CommonError.Invalid, field, message: translate(locale, key, constraintParams(error, constraint)) };
    });
    return [...own, ...flatten(error.children ?? [], locale, field)];
  });
}

const one = (e: UserInputError, locale: Locale): UserError => ({
  code: e.code,
  field: e.field,
  message: translate(locale, e.code, e.params),
});

/** The user errors an exception stands for, or null when it is a fault to report as such. */
export function toUserErrors(error: unknown, locale: Locale): UserError[] | null {
  if (error instanceof UserInputError) return [one(error, locale)];
  if (error instanceof UserInputErrors) return error.errors.map((e) => one(e, locale));
  if (error instanceof AccessError) return [{ code: error.code, field: null, message: translate(locale, error.code) }];
  if (error instanceof ArgumentValidationError) {
    // Errors on the single `input` argument are reported relative to it.
    const errors = error.extensions.validationErrors as ValidationError[];
    return flatten(errors, locale);
  }
  return null;
}
