import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Connection } from 'mongoose';
import { AcceptOfferDto } from '../placements/placement.dto.ts';
import type { OfferView } from '../placements/placement-view.dto.ts';
import type { Placement } from '../placements/placement.ts';
import { offerOf } from '../placements/placement.view.ts';
import { PlacementsService } from '../placements/placements.service.ts';
import { TOR_TITLES } from '../placements/selection.consumer.ts';

export const OFFER_TOKEN_HEADER = 'x-offer-token';
const tokenHeader = { name: OFFER_TOKEN_HEADER, required: true, description: 'The token of the offer link.' };

/** The professional's offer, opened by the signed link of the offer mail: no account needed. */
@ApiTags('offers')
@Controller('public/offer')
export class OffersController {
  constructor(
    private readonly placements: PlacementsService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  @Get()
  @ApiHeader(tokenHeader)
  async get(@Headers(OFFER_TOKEN_HEADER) token?: string): Promise<OfferView> {
    const { state } = await this.placements.byOfferToken(token);
    return this.view(state);
  }

  /** Accepts, with the passport they travel on; a trainer account for the IPRC follows by e-mail. */
  @Post('accept')
  @ApiHeader(tokenHeader)
  @HttpCode(200)
  async accept(@Body() dto: AcceptOfferDto, @Headers(OFFER_TOKEN_HEADER) token?: string): Promise<OfferView> {
    return this.view((await this.placements.accept(token, dto.passport)).state);
  }

  /** Declines: the ToR's place goes back to the panel. */
  @Post('decline')
  @ApiHeader(tokenHeader)
  @HttpCode(200)
  async decline(@Headers(OFFER_TOKEN_HEADER) token?: string): Promise<OfferView> {
    return this.view((await this.placements.decline(token)).state);
  }

  private async view(placement: Placement): Promise<OfferView> {
    const tor = await this.connection
      .db!.collection<{ _id: string; title: string }>(TOR_TITLES)
      .findOne({ _id: placement.torId });
    return offerOf(placement, tor?.title ?? null);
  }
}
