import 'reflect-metadata';
import { IsOptional, Length, ValidateNested, getMetadataStorage } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it, vi } from 'vitest';
import { validateArgument } from './validate-args.js';

class Plain {
  first?: number;
}

class Named {
  @IsOptional() @Length(8, 100) key?: string;
}

class Holder {
  @ValidateNested() inner!: Named;
}

const named = (key?: string) => Object.assign(new Named(), { key });

describe('validating a resolver’s arguments', () => {
  it('refuses a value that breaks a constraint with the error type-graphql would give', async () => {
    const refused = await validateArgument(named('short')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ArgumentValidationError);
    expect((refused as ArgumentValidationError).extensions.validationErrors[0]).toMatchObject({ property: 'key' });
    await expect(validateArgument(named('long enough'))).resolves.toBeUndefined();
    await expect(validateArgument(named())).resolves.toBeUndefined();
  });

  it('checks each object of a list, nested objects included, and leaves plain values alone', async () => {
    await expect(validateArgument([named('long enough'), named('short')])).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validateArgument(Object.assign(new Holder(), { inner: named('short') }))).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validateArgument('short')).resolves.toBeUndefined();
    await expect(validateArgument(null)).resolves.toBeUndefined();
  });

  it('looks up a class without constraints once, then never asks class-validator again', async () => {
    const lookup = vi.spyOn(getMetadataStorage(), 'getTargetValidationMetadatas');
    try {
      await validateArgument(Object.assign(new Plain(), { first: 5 }));
      await validateArgument(Object.assign(new Plain(), { first: 500 }));
      expect(lookup).toHaveBeenCalledTimes(1);
    } finally {
      lookup.mockRestore();
    }
  });
});
