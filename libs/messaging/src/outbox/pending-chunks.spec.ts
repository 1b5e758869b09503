import { describe, expect, it } from '@jest/globals';
import type { PendingMark } from './outbox.record.ts';
import { chunksByAggregate } from './pending-chunks.ts';

const mark = (id: string, change: string, version: number): PendingMark => ({
  _id: id,
  change,
  version,
  at: new Date(0),
});

describe('chunksByAggregate', () => {
  it('groups marks by aggregate, each group in version order whatever order the marks were read in', () => {
    const marks = [
      mark('m3', 'member:a:3', 3),
      mark('m1', 'member:b:1', 1),
      mark('m2', 'member:a:2', 2),
      mark('m0', 'campaign:a:1', 1),
    ];
    const [chunk, ...more] = chunksByAggregate(marks, 100);
    expect(more).toEqual([]);
    expect(chunk!.map((group) => group.map((m) => m.change))).toEqual([
      ['campaign:a:1'],
      ['member:b:1'],
      ['member:a:2', 'member:a:3'],
    ]);
  });

  it('starts a new chunk once one holds enough marks, never splitting an aggregate', () => {
    const marks = [
      mark('m1', 'member:a:1', 1),
      mark('m2', 'member:a:2', 2),
      mark('m3', 'member:a:3', 3),
      mark('m4', 'member:b:1', 1),
      mark('m5', 'member:c:1', 1),
    ];
    const chunks = chunksByAggregate(marks, 2);
    expect(chunks.map((chunk) => chunk.map((group) => group.length))).toEqual([[3], [1, 1]]);
  });

  it('gives one empty chunk for no marks', () => {
    expect(chunksByAggregate([], 10)).toEqual([[]]);
  });
});
