import type { ProgrammeCode } from '@ikiraro/programme';
import { IsCalendarDate, IsNotBefore } from '../calendar-date.ts';

/** A host institution's code (`KGL`…): the programme definition's `host.institutions`. */
export type IprcCode = ProgrammeCode;

/** A placement period at a host IPRC, both days included. */
export class Period {
  /** First day at the host IPRC, `YYYY-MM-DD`. */
  @IsCalendarDate()
  start!: string;

  /** Last day at the host IPRC, `YYYY-MM-DD`, not before `start`. */
  @IsCalendarDate()
  @IsNotBefore('start')
  end!: string;

  /** Its OpenAPI schema, as Nest's swagger plugin writes it for DTOs (it reads only the services' files). */
  static _OPENAPI_METADATA_FACTORY = () => ({
    start: { required: true, type: () => String, format: 'date', description: 'First day at the host IPRC.' },
    end: { required: true, type: () => String, format: 'date', description: 'Last day, not before `start`.' },
  });
}
