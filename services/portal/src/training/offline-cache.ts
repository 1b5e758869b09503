import { session } from '../api/session.ts';

/** The service worker's cache of ToT answers (public/sw.js keeps the same name). */
export const TRAINING_CACHE = 'ikiraro-training-v1';

/**
 * Registers public/sw.js for the whole portal, so that the attendance screen reloads without a connection.
 * Browsers without service workers (or outside a secure context) work as before.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}

let watching = false;

/**
 * From the first training page on (only those fill the cache), deletes the ToT copies the worker keeps once the
 * session ends: signed out here or in another tab, or expired. Not when a reload starts without a session
 * ('no-session': offline, no refresh possible), when the copies are what the page shows. Subscribing from a staff
 * page adds no refresh call: the page's guard has subscribed already.
 */
export function forgetTrainingOnSignOut(): void {
  if (watching) return;
  watching = true;
  session.subscribe(() => {
    const state = session.snapshot();
    if (state.status === 'signed-out' && state.reason !== 'no-session') void forgetTraining();
  });
}

/** Deletes the ToT copies, through the worker and from the page (either may be missing). */
export async function forgetTraining(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage('forget-training');
  if ('caches' in window) await caches.delete(TRAINING_CACHE);
}
