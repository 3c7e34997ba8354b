import { IsDefined, ValidateIf } from 'class-validator';

/**
 * An update changes only what it names: a field left out of an update input stays as stored. This
 * marks a field of an update input that may be left out but, when given, must not be null (a name
 * cannot be cleared); the field's other validators then apply. Fields that may be cleared use
 * `IsOptional` instead, and null clears them.
 */
export function OmitOrGive(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_object, value) => value !== undefined)(target, key);
    IsDefined()(target, key);
  };
}

/** The named fields of an update that were given (not left out), ready to assign. */
export function givenFields<I extends object, K extends keyof I>(input: I, keys: readonly K[]): Partial<Pick<I, K>> {
  const given: Partial<Pick<I, K>> = {};
  for (const key of keys) if (input[key] !== undefined) given[key] = input[key];
  return given;
}
