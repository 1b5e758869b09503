import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { type Category, OPTIONAL_CATEGORIES } from './categories.ts';

export class CategoryChoiceDto {
  code!: string;
  /** False for security and legal messages: they cannot be switched off. */
  optional!: boolean;
  subscribed!: boolean;
}

/** A person's preferences, as their page shows them. */
export class PreferencesDto {
  categories!: CategoryChoiceDto[];
}

/** The whole choice: the optional categories switched off (every other one is on). */
export class ChoosePreferencesDto {
  @ApiProperty({ type: [String], enum: OPTIONAL_CATEGORIES })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(OPTIONAL_CATEGORIES, { each: true })
  optedOut!: Category[];
}

/** Where a one-click unsubscribe (RFC 8058) points: the signed token and the category it stops. */
export class UnsubscribeQueryDto {
  @IsIn(OPTIONAL_CATEGORIES)
  category!: Category;

  /** The signed token of the message's link. */
  @IsString()
  @Length(1, 400)
  token!: string;
}
