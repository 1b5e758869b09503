import { TRAINEE_ROLES, type TraineeRole } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class TraineeDto {
  @IsString()
  @Length(1, 200)
  name!: string;

  /** A code of the programme's genders. */
  @IsProgrammeCode('genders')
  sex!: ProgrammeCode;

  @IsIn(TRAINEE_ROLES)
  role!: TraineeRole;

  @IsString()
  @Length(1, 120)
  department!: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone is a phone number' })
  phone?: string;
}

export class TraineeView {
  id!: string;
  /** Null once erased. */
  name!: string | null;
  sex!: string;
  role!: TraineeRole;
  department!: string;
  email!: string | null;
  phone!: string | null;
  /** Their personal code, to check in and take tests without a password: for those who run the ToT only. */
  code!: string | null;
  erased!: boolean;
}

export class TraineeListView {
  items!: TraineeView[];
}

export class TraineeRowErrorView {
  row!: number;
  column!: string | null;
  message!: string;
}

export class TraineeImportReportView {
  rows!: number;
  toEnrol!: number;
  existing!: number;
  errors!: TraineeRowErrorView[];
  capacity!: number;
  enrolled!: number;
}
