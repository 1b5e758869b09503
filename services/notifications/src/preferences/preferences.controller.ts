import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ikiraro/service-defaults';
import { TakesRawBody } from '@ikiraro/service-defaults';
import { CATEGORIES, type Category } from './categories.ts';
import { PreferenceLinks } from './preference-links.ts';
import { ChoosePreferencesDto, type PreferencesDto, UnsubscribeQueryDto } from './preferences.dto.ts';
import { PreferencesStore } from './preferences.ts';

export const PREFERENCES_TOKEN_HEADER = 'x-preferences-token';
const tokenHeader = {
  name: PREFERENCES_TOKEN_HEADER,
  required: true,
  description: "The message's link token.",
};

/** A person's own preferences, opened by the signed link every message carries: no account needed. */
@ApiTags('notifications')
@Controller('public')
export class PreferencesController {
  constructor(
    private readonly preferences: PreferencesStore,
    @Inject(PreferenceLinks) private readonly links: PreferenceLinks,
  ) {}

  @Get('preferences')
  @ApiHeader(tokenHeader)
  async show(@Headers(PREFERENCES_TOKEN_HEADER) token?: string): Promise<PreferencesDto> {
    return this.view(this.personOf(token));
  }

  /** Replaces the choice: the optional categories listed are switched off, every other one is on. */
  @Put('preferences')
  @ApiHeader(tokenHeader)
  async choose(
    @Body() dto: ChoosePreferencesDto,
    @Headers(PREFERENCES_TOKEN_HEADER) token?: string,
  ): Promise<PreferencesDto> {
    const person = this.personOf(token);
    await this.preferences.choose(person, dto.optedOut, 'preferences');
    return this.view(person);
  }

  /**
   * One-click unsubscribe (RFC 8058): what a mail client posts to the `List-Unsubscribe` address. The body
   * (`List-Unsubscribe=One-Click`) says nothing the address does not; stopping twice is stopping once.
   */
  @Post('unsubscribe')
  @HttpCode(200)
  @TakesRawBody(['application/x-www-form-urlencoded', 'multipart/form-data'])
  async unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<PreferencesDto> {
    const person = this.personOf(query.token);
    const { optedOut } = await this.preferences.of(person);
    if (!optedOut.includes(query.category))
      await this.preferences.choose(person, [...optedOut, query.category], 'one-click');
    return this.view(person);
  }

  private personOf(token: string | undefined): string {
    const person = this.links.personOf(token);
    if (!person)
      throw new DomainError(
        'preferences.link_invalid',
        'forbidden',
        'This link is not one we sent: ask for a new message',
      );
    return person;
  }

  private async view(person: string): Promise<PreferencesDto> {
    const { optedOut } = await this.preferences.of(person);
    return {
      categories: (Object.keys(CATEGORIES) as Category[]).map((code) => ({
        code,
        optional: CATEGORIES[code].optional,
        subscribed: !optedOut.includes(code),
      })),
    };
  }
}
