import { describe, expect, it } from '@jest/globals';
import { loadServiceConfig } from './service.config.ts';

describe('service config', () => {
  const valid = {
    MONGODB_URI: 'mongodb://127.0.0.1:27017/?retryWrites=false',
    KAFKA_BROKERS: '127.0.0.1:9092',
    AUTH_PUBLIC_KEY: 'a key',
  };

  it('names the database after the service and applies defaults', () => {
    const config = loadServiceConfig('outreach', valid);
    expect(config).toMatchObject({
      databaseName: 'ikiraro_outreach',
      PORT: 0,
      KAFKA_PARTITIONS: 3,
      KAFKA_TOPIC_PREFIX: '',
    });
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
