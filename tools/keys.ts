// npm run -s keys > .env — a new Ed25519 key pair for access tokens, as environment lines (for docker compose
// or a cluster's secrets). The gateway gets both; every other service only the public key. Last, the master key
// that wraps every person's data key (ADR 10), for every service.
import { newKeyPair } from '@ikiraro/auth';
import { randomBytes } from 'node:crypto';

const { publicKey, privateKey } = await newKeyPair();
console.log(`AUTH_PUBLIC_KEY=${Buffer.from(publicKey).toString('base64')}`);
console.log(`AUTH_PRIVATE_KEY=${Buffer.from(privateKey).toString('base64')}`);
console.log(`PERSONAL_DATA_KEY=${randomBytes(32).toString('base64')}`);
