import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class QuestionDto {
  /** Kept when the set is changed; a new question gets one. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  id?: string;

  @IsString()
  @Length(1, 1000)
  text!: string;

  /** 2 to 6 options. */
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  options!: string[];

  /** The index of the right option (0 is the first). */
  @IsInt()
  @Min(0)
  @Max(5)
  answer!: number;
}

export class QuestionsDto {
  /** The whole set, 1 to 50 questions, for both tests. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions!: QuestionDto[];
}

export class AnswersDto {
  /** The index of the option chosen, one per question, in the questions' order. */
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(5, { each: true })
  answers!: number[];
}

export class ScoreDto {
  @IsString()
  @Length(1, 64)
  traineeId!: string;

  /** Percent, 0 to 100. */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  score!: number;
}

export class ScoresDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  scores!: ScoreDto[];
}

/** 1 (poor) to 5 (excellent). */
export class RatingsDto {
  /** What was taught. */
  @IsInt()
  @Min(1)
  @Max(5)
  content!: number;

  /** How it was taught. */
  @IsInt()
  @Min(1)
  @Max(5)
  trainer!: number;

  /** For their own teaching. */
  @IsInt()
  @Min(1)
  @Max(5)
  relevance!: number;

  /** Rooms, times, materials. */
  @IsInt()
  @Min(1)
  @Max(5)
  organisation!: number;
}

export class FeedbackDto {
  @ValidateNested()
  @Type(() => RatingsDto)
  ratings!: RatingsDto;

  /** Shown to staff without the trainee's name. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}
