import './i18n/i18n.ts';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client.ts';
import { App } from './app.tsx';
import { router } from './app.routes.tsx';

// No session call here: a staff page brings the session back when it first asks for it (api/session.ts).

createRoot(document.getElementById('root')!).render(<App router={router} client={queryClient} />);
