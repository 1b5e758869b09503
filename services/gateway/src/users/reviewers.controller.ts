import { Controller, Get } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Connection } from 'mongoose';
import type { Account } from '../identity/account.ts';
import { ReviewerListDto } from './users.dto.ts';

/**
 * The people a programme manager can put on a ToR's review panel (programme managers only, by the policy
 * matrix). Identity is the gateway's: selection names reviewers by account id and asks no one else for them.
 */
@ApiTags('users')
@Controller('api/v1/reviewers')
export class ReviewersController {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  /** Active TWG members, from the projection the outbox relay keeps (a change shows within moments). */
  @Get()
  @ApiOkResponse({ type: ReviewerListDto })
  async list(): Promise<ReviewerListDto> {
    const rows = await this.connection
      .db!.collection<Account & { _id: string }>('accounts')
      .find({ status: 'active', roles: 'twg-member' }, { projection: { name: 1, email: 1 } })
      .toArray();
    const items = rows.map(({ _id, name, email }) => ({ id: _id, name, email }));
    return { items: items.sort((a, b) => a.name.localeCompare(b.name)) };
  }
}
