import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Binary } from 'mongodb';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';

/** Largest attachment accepted, bytes (a ticket, an insurance certificate, a per diem receipt). */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

interface StoredAttachment {
  _id: string;
  placementId: string;
  task: string;
  name: string;
  bytes: Binary;
  at: Date;
}

/** The PDFs attached to placements' tasks, kept beside the placement (its versions list them by id). */
@Injectable()
export class Attachments {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get collection() {
    return this.connection.db!.collection<StoredAttachment>('attachments');
  }

  async store(placementId: string, task: string, name: string, bytes: Buffer): Promise<string> {
    const _id = uuidv7();
    await this.collection.insertOne({
      _id,
      placementId,
      task,
      name,
      bytes: new Binary(bytes),
      at: new Date(),
    });
    return _id;
  }

  async read(placementId: string, task: string, id: string): Promise<{ name: string; bytes: Buffer } | null> {
    const found = await this.collection.findOne({ _id: id, placementId, task });
    return found ? { name: found.name, bytes: Buffer.from(found.bytes.buffer) } : null;
  }

  /** Erasure: the files of these placements go. */
  async removeOf(placementIds: readonly string[]): Promise<number> {
    return (await this.collection.deleteMany({ placementId: { $in: [...placementIds] } })).deletedCount;
  }
}
