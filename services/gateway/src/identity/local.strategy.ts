import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Strategy } from 'passport-local';
import { AuthError } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import type { Account } from './account.ts';
import { SignInDto } from './identity.dto.ts';
import { IdentityService } from './identity.service.ts';

/** passport-local with the e-mail as user name; the body is validated like every other before it is used. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly identity: IdentityService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: unknown, password: unknown): Promise<Versioned<Account>> {
    const errors = await validate(plainToInstance(SignInDto, { email, password }));
    if (errors.length > 0)
      throw new AuthError(401, 'auth.invalid_credentials', 'E-mail or password is wrong');
    return this.identity.signIn(email as string, password as string);
  }
}
