import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { queryClient } from '../api/query-client.ts';

// Testing Library unmounts by itself only under Vitest's globals, which we do not turn on.
afterEach(cleanup);
afterEach(() => queryClient.clear());
