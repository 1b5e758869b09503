export * from './event-contract.ts';
export * from './envelope.ts';
export * from './personal.ts';
export * from './calendar-date.ts';
export * from './catalogue.ts';
export * from './asyncapi.ts';
export * from './outreach/member-profile.ts';
export * from './selection/tor-terms.ts';
export * from './placement/placement-ref.ts';
export * from './training/tot-ref.ts';
export * from './funding/proposal-ref.ts';
export * from './funding/award-ref.ts';
export * from './funding/investor-interests.ts';
// Every contract file, listed by `npm run -s docs:asyncapi`: a new one needs no line here.
export * from './events.ts';
