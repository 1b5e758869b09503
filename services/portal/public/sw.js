/* global self, caches, fetch, URL */
/*
 * The portal's service worker: so that a trainer who loses the connection in a classroom can reload the attendance
 * screen and keep marking (the marks wait in IndexedDB, training/mark-queue.ts). Online, nothing changes: every
 * request it answers goes to the network first, and it keeps a copy only of
 * - the app shell: index.html (for any page's address) and the built, hashed assets;
 * - the programme's definition (`GET /api/v1/programme`, the same for everyone), which every screen waits for;
 * - the GETs of training's ToTs (`/api/v1/tots/…`): the ToT, its trainees and its registers. Never the rotating
 *   check-in code (it expires within minutes), never another API route, never a request other than GET.
 * The ToT copies are the signed-in trainer's: the portal deletes them on sign-out (training/offline-cache.ts).
 */
const SHELL = 'ikiraro-shell-v1';
/** Also named in training/offline-cache.ts. */
const TRAINING = 'ikiraro-training-v1';
const KEPT = [SHELL, TRAINING];

/** What a page's address is answered with offline: the single-page app's one document. */
const DOCUMENT = '/index.html';

const kept = (response) => response.ok && response.type === 'basic';

/**
 * index.html, the assets it names and the programme, so that a page opened before the worker took control works
 * offline already (the portal reads the programme once per tab: no later request would keep a copy).
 */
async function cacheShell() {
  const cache = await caches.open(SHELL);
  const page = await fetch('/', { cache: 'no-cache' });
  if (!kept(page)) return;
  const html = await page.clone().text();
  await cache.put(DOCUMENT, page);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.addAll([...new Set(assets), '/api/v1/programme']);
}

self.addEventListener('install', (event) => {
  // Failing to fill the cache must not keep the worker from installing: online, it changes nothing.
  event.waitUntil(
    cacheShell()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('ikiraro-') && !KEPT.includes(name))
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The page asks for the ToT copies to go (on sign-out); it may also delete the cache itself. */
self.addEventListener('message', (event) => {
  if (event.data === 'forget-training') event.waitUntil(caches.delete(TRAINING));
});

/** Which cache a GET of this address is kept in; undefined: not answered here (the browser goes to the network). */
function cacheFor(request, url) {
  if (request.mode === 'navigate') return url.pathname.startsWith('/api/') ? undefined : SHELL;
  if (url.pathname.startsWith('/assets/')) return SHELL;
  if (url.pathname === '/api/v1/programme') return SHELL;
  if (url.pathname.startsWith('/api/v1/tots/') && !url.pathname.endsWith('/check-in-code')) return TRAINING;
  return undefined;
}

/** The network's answer (a copy kept when it is a success); the kept copy only when the network cannot be reached. */
async function networkFirst(request, name, key) {
  const cache = await caches.open(name);
  try {
    const response = await fetch(request);
    const html = response.headers.get('content-type')?.includes('text/html');
    // A page's address keeps only the document (never an error page or a file answered in its place).
    if (kept(response) && (key !== DOCUMENT || html)) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    // The token a request carries is not part of the key: offline, the page has none yet (no refresh possible).
    const copy = await cache.match(key, { ignoreVary: true, ignoreSearch: false });
    if (copy) return copy;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const name = cacheFor(request, url);
  if (!name) return;
  // Every page's address is the one document; the API's answers by their address (query included).
  const key = request.mode === 'navigate' ? DOCUMENT : url.pathname + url.search;
  event.respondWith(networkFirst(request, name, key));
});
