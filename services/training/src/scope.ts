import type { Caller } from '@ikiraro/auth';

/** Who may change a ToT, its sessions and its trainees: its trainer, the IPRC's focal point, the programme manager. */
export const mayChange = (caller: Caller) =>
  caller.roles.some((r) => ['admin', 'programme-manager', 'iprc-focal-point', 'trainer'].includes(r));
