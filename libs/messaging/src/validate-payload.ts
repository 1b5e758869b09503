import type { EventContract } from '@ikiraro/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

export class InvalidEventError extends Error {
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`${type} payload is not valid: ${problems.join('; ')}`);
  }
}

/** Turns plain data into the contract's payload class, or throws with every violation. */
export async function validatePayload<T extends object>(
  contract: EventContract<T>,
  data: unknown,
): Promise<T> {
  if (typeof data !== 'object' || data === null)
    throw new InvalidEventError(contract.type, ['data must be an object']);
  const payload = plainToInstance(contract.payload, data);
  const errors = await validate(payload, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new InvalidEventError(
      contract.type,
      errors.flatMap((e) => Object.values(e.constraints ?? { [e.property]: `${e.property} is not valid` })),
    );
  }
  return payload;
}
