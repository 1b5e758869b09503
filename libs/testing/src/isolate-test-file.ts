import { randomBytes } from 'node:crypto';

// Jest setupFiles: runs before each test file, so each file gets databases and topics of its own
// (ikiraro_t3f9a1c2_outreach, t3f9a1c2.ikiraro.outreach.campaign, …) on the run's shared Kafka and database.
const id = `t${randomBytes(4).toString('hex')}`;
process.env.DATABASE_PREFIX = `ikiraro_${id}_`;
process.env.KAFKA_TOPIC_PREFIX = `${id}.`;
