import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Caller } from './roles.ts';
import {
  InvalidTokenError,
  newKeyPair,
  readPrivateKey,
  readPublicKey,
  signAccessToken,
  verifyAccessToken,
} from './token.ts';

const officer: Caller = {
  id: 'u1',
  email: 'o@iom.int',
  name: 'Officer',
  roles: ['outreach-officer'],
  office: 'BE',
};

async function keys() {
  const pair = await newKeyPair();
  return {
    publicKey: await readPublicKey(pair.publicKey),
    privateKey: await readPrivateKey(pair.privateKey),
  };
}

describe('access tokens', () => {
  it('carry the caller, roles and scope, and verify with the public key', async () => {
    const { publicKey, privateKey } = await keys();
    const token = await signAccessToken(officer, privateKey, 60);
    await expect(verifyAccessToken(token, publicKey)).resolves.toEqual(officer);
    // Again, from the cache of verified tokens: the same answer.
    await expect(verifyAccessToken(token, publicKey)).resolves.toEqual(officer);
  });

  it('refuses a token signed with another key', async () => {
    const mine = await keys();
    const theirs = await keys();
    const token = await signAccessToken(officer, theirs.privateKey, 60);
    await expect(verifyAccessToken(token, mine.publicKey)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token whose claims were changed after signing, even after the original was verified', async () => {
    const { publicKey, privateKey } = await keys();
    const token = await signAccessToken(officer, privateKey, 60);
    await verifyAccessToken(token, publicKey);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    await expect(verifyAccessToken(`${header}.${forged}.${signature}`, publicKey)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('refuses an expired token, also once it was cached', async () => {
    const { publicKey, privateKey } = await keys();
    const token = await signAccessToken(officer, privateKey, 1);
    await verifyAccessToken(token, publicKey);
    await sleep(1_100);
    await expect(verifyAccessToken(token, publicKey)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses unknown roles and scopes', async () => {
    const { publicKey, privateKey } = await keys();
    const token = await signAccessToken({ ...officer, roles: ['root' as never] }, privateKey, 60);
    await expect(verifyAccessToken(token, publicKey)).rejects.toBeInstanceOf(InvalidTokenError);
    const badOffice = await signAccessToken({ ...officer, office: 'FR' as never }, privateKey, 60);
    await expect(verifyAccessToken(badOffice, publicKey)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
