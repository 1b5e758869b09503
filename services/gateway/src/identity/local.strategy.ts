import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Strategy } from 'passport-local';
import type { Versioned } from '@ikiraro/messaging';
import type { FastifyRequest } from 'fastify';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import type { Account } from './account.ts';
import { SignInDto } from './identity.dto.ts';
import { IdentityService, invalidCredentials } from './identity.service.ts';

/** passport-local with the e-mail as user name; the body is validated like every other before it is used. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly identity: IdentityService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: FastifyRequest, email: unknown, password: unknown): Promise<Versioned<Account>> {
    const errors = await validate(plainToInstance(SignInDto, { email, password }));
    if (errors.length > 0) throw invalidCredentials(this.config.LOCKOUT_AFTER_FAILURES);
    return this.identity.signIn(email as string, password as string, request.clientAddress);
  }
}
