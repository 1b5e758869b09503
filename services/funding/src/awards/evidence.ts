import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Binary } from 'mongodb';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';

/** A milestone's PDFs at most. */
export const EVIDENCE_AT_MOST = 5;

interface StoredEvidence {
  _id: string;
  awardId: string;
  milestoneId: string;
  name: string;
  bytes: Binary;
  at: Date;
}

/** The PDFs of milestone reports, beside the awards (an award lists them by id, name and size). */
@Injectable()
export class AwardEvidence {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get collection() {
    return this.connection.db!.collection<StoredEvidence>('award_evidence');
  }

  async store(awardId: string, milestoneId: string, name: string, bytes: Buffer): Promise<string> {
    const _id = uuidv7();
    await this.collection.insertOne({
      _id,
      awardId,
      milestoneId,
      name,
      bytes: new Binary(bytes),
      at: new Date(),
    });
    return _id;
  }

  async read(awardId: string, milestoneId: string, id: string) {
    const found = await this.collection.findOne({ _id: id, awardId, milestoneId });
    return found ? { name: found.name, bytes: Buffer.from(found.bytes.buffer) } : null;
  }

  async remove(id: string): Promise<void> {
    await this.collection.deleteOne({ _id: id });
  }
}
