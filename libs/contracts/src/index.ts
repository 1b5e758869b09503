export * from './event-contract.ts';
export * from './outreach/campaign-launched.event.ts';
