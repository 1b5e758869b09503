import { afterAll } from '@jest/globals';
import { closeTestPersonalData } from './personal-data.ts';

// Jest setupFilesAfterEnv: what a test file opened through libs/testing is closed after it.
afterAll(() => closeTestPersonalData());
