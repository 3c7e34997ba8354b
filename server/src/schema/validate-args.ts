import { getMetadataStorage, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** As type-graphql's own validation runs class-validator: only the constraints a value has, unknown ones allowed. */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const constrained = new Map<Function, boolean>();

/** Whether any class-validator constraint is declared on `type` or a class it extends (asked once per class). */
function hasConstraints(type: Function): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Validates a resolver's argument as type-graphql would (`validate: { forbidUnknownValues: false }`), but
 * skips classes that declare no constraint at all, such as the page arguments of every list: class-validator
 * looks a class's constraints up by scanning every class it knows, which on each public read cost more than
 * the read's own resolvers. A value that breaks a constraint is refused with the same ArgumentValidationError.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  const items = (Array.isArray(value) ? value.filter(isObject) : [value]).filter((item) => hasConstraints(item.constructor));
  if (items.length === 0) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
