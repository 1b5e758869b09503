import { SignedTokens } from '@ikiraro/service-defaults';

/** Training's signed values: check-in QR codes, trainees' personal codes, keyed hashes of addresses. */
export const TRAINING_TOKENS = Symbol('TRAINING_TOKENS');

export const trainingTokens = (masterKeyBase64: string) =>
  new SignedTokens(masterKeyBase64, 'ikiraro training: codes and check-in');

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud or typed from paper

/** A trainee's personal code, derived from their id (nothing to store, shown again at will): 10 characters. */
export function traineeCode(tokens: SignedTokens, traineeId: string): string {
  const mac = Buffer.from(tokens.hash(`trainee-code:${traineeId}`), 'base64url');
  return [...mac.subarray(0, 10)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** A typed code as stored: upper case, without the spaces or dashes people add. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
