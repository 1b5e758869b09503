export { claimOnce, hashOf, insertOnce, isDuplicateKey, newSecret } from './insert-once.ts';
