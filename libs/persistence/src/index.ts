export { claimOnce, hashOf, insertOnce, isDuplicateKey, newSecret } from './insert-once.ts';
export { insertEvery, insertNew } from './insert-many.ts';
export { inParallel } from './in-parallel.ts';
