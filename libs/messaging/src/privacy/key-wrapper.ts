import { open, seal } from './sealed.ts';

/**
 * The seam where a production key service plugs in (ADR 10): data keys are stored only wrapped by a master key
 * that never leaves the wrapper. A KMS (`Encrypt`/`Decrypt` with the person as encryption context) or Vault's
 * transit engine (`encrypt`/`decrypt` with the person as context) implements these two calls; nothing else in
 * the platform changes.
 */
export interface KeyWrapper {
  /** Names the master key, stored beside each wrapped key so that keys can be rotated and re-wrapped. */
  readonly id: string;
  wrap(dataKey: Buffer, person: string): Promise<Buffer>;
  unwrap(wrapped: Buffer, person: string): Promise<Buffer>;
}

/** A master key held in the services' configuration (`PERSONAL_DATA_KEY`): for local runs, tests and compose. */
export class LocalKeyWrapper implements KeyWrapper {
  readonly id = 'local:1';

  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('PERSONAL_DATA_KEY must be 32 bytes, in base64');
  }

  async wrap(dataKey: Buffer, person: string): Promise<Buffer> {
    return Buffer.from(seal(this.masterKey, `key:${person}`, dataKey.toString('base64')));
  }

  async unwrap(wrapped: Buffer, person: string): Promise<Buffer> {
    return Buffer.from(open(this.masterKey, `key:${person}`, wrapped.toString()) as string, 'base64');
  }
}
