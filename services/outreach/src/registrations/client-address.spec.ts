import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import { clientAddressOf, trustedNetworks } from './client-address.ts';

const request = (peer: string, forwarded?: string) =>
  ({
    ip: peer,
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as FastifyRequest;

describe('the client address of a request', () => {
  const trusted = trustedNetworks('127.0.0.0/8, ::1/128, 10.0.0.0/8');

  it('is the last forwarded address when the request comes from a trusted proxy', () => {
    expect(clientAddressOf(request('10.1.2.3', '203.0.113.9'), trusted)).toBe('203.0.113.9');
    expect(clientAddressOf(request('::ffff:127.0.0.1', '198.51.100.1, 203.0.113.9'), trusted)).toBe(
      '203.0.113.9',
    );
  });

  it('ignores what anyone else writes in x-forwarded-for', () => {
    expect(clientAddressOf(request('198.51.100.7', '203.0.113.9'), trusted)).toBe('198.51.100.7');
    expect(clientAddressOf(request('::ffff:198.51.100.7', '10.0.0.1'), trusted)).toBe('198.51.100.7');
  });

  it('is the peer when a trusted proxy forwards nothing', () => {
    expect(clientAddressOf(request('127.0.0.1'), trusted)).toBe('127.0.0.1');
    expect(clientAddressOf(request('::1', ' '), trusted)).toBe('::1');
  });
});
