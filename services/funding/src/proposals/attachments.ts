import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Binary } from 'mongodb';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';

/** A proposal's PDFs at most (quotes, a letter of support, a drawing). */
export const ATTACHMENTS_AT_MOST = 5;

interface StoredAttachment {
  _id: string;
  proposalId: string;
  name: string;
  bytes: Binary;
  at: Date;
}

/** The PDFs of proposals, beside them (a proposal's versions list them by id, name and size). */
@Injectable()
export class ProposalAttachments {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get collection() {
    return this.connection.db!.collection<StoredAttachment>('proposal_attachments');
  }

  async store(proposalId: string, name: string, bytes: Buffer): Promise<string> {
    const _id = uuidv7();
    await this.collection.insertOne({ _id, proposalId, name, bytes: new Binary(bytes), at: new Date() });
    return _id;
  }

  async read(proposalId: string, id: string): Promise<{ name: string; bytes: Buffer } | null> {
    const found = await this.collection.findOne({ _id: id, proposalId });
    return found ? { name: found.name, bytes: Buffer.from(found.bytes.buffer) } : null;
  }

  async remove(proposalId: string, id: string): Promise<void> {
    await this.collection.deleteOne({ _id: id, proposalId });
  }
}
