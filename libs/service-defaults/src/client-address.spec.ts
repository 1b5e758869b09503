import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import { clientAddressOf } from './client-address.ts';

const request = (peer: string, forwarded?: string) =>
  ({
    ip: peer,
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as FastifyRequest;

describe('the client address of a request', () => {
  const addressOf = clientAddressOf(['127.0.0.0/8', '::1/128', '10.0.0.0/8']);

  it('is the last forwarded address when the request comes from a trusted proxy', () => {
    expect(addressOf(request('10.1.2.3', '203.0.113.9'))).toBe('203.0.113.9');
    expect(addressOf(request('::ffff:127.0.0.1', '198.51.100.1, 203.0.113.9'))).toBe('203.0.113.9');
  });

  it('ignores what anyone else writes in x-forwarded-for', () => {
    expect(addressOf(request('198.51.100.7', '203.0.113.9'))).toBe('198.51.100.7');
    expect(addressOf(request('::ffff:198.51.100.7', '10.0.0.1'))).toBe('198.51.100.7');
  });

  it('is the peer when a trusted proxy forwards nothing', () => {
    expect(addressOf(request('127.0.0.1'))).toBe('127.0.0.1');
    expect(addressOf(request('::1', ' '))).toBe('::1');
  });
});
