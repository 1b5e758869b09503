import './i18n/i18n.ts';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client.ts';
import { App } from './app.tsx';
import { router } from './app.routes.tsx';
import { registerServiceWorker } from './training/offline-cache.ts';

// No session call here: a staff page brings the session back when it first asks for it (api/session.ts).

// The offline attendance screen's worker (public/sw.js): online, every page behaves as without it.
registerServiceWorker();

createRoot(document.getElementById('root')!).render(<App router={router} client={queryClient} />);
