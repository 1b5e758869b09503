import { describe, expect, it } from '@jest/globals';
import { loadServiceConfig } from './service.config.ts';

describe('service config', () => {
  const valid = {
    MONGODB_URI: 'mongodb://127.0.0.1:27017/?retryWrites=false',
    KAFKA_BROKERS: '127.0.0.1:9092',
    AUTH_PUBLIC_KEY: 'a key',
    PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
  };

  it('names the database after the service and applies defaults', () => {
    const config = loadServiceConfig('outreach', valid);
    expect(config).toMatchObject({
      databaseName: 'ikiraro_outreach',
      PORT: 0,
      KAFKA_PARTITIONS: 3,
      KAFKA_TOPIC_PREFIX: '',
      KAFKA_RETENTION_DAYS: 7,
      INBOX_RETENTION_DAYS: 14,
      PERSONAL_KEY_CACHE_MS: 30_000,
    });
  });

  it('refuses a master key for personal data that is not 32 bytes', () => {
    expect(() =>
      loadServiceConfig('outreach', { ...valid, PERSONAL_DATA_KEY: Buffer.alloc(16).toString('base64') }),
    ).toThrow(/PERSONAL_DATA_KEY must be 32 bytes/);
  });

  it('converts numbers from the environment', () => {
    expect(loadServiceConfig('outreach', { ...valid, PORT: '3101', KAFKA_PARTITIONS: '6' })).toMatchObject({
      PORT: 3101,
      KAFKA_PARTITIONS: 6,
    });
  });

  it('refuses to start with every bad or missing variable named', () => {
    expect(() => loadServiceConfig('outreach', { PORT: 'eighty', KAFKA_BROKERS: 'a, b' })).toThrow(
      /MONGODB_URI[\s\S]*PORT|PORT[\s\S]*MONGODB_URI/,
    );
    expect(() => loadServiceConfig('outreach', { PORT: 'eighty', KAFKA_BROKERS: 'a, b' })).toThrow(
      /KAFKA_BROKERS/,
    );
  });
});
