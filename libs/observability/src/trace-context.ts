import { randomBytes } from 'node:crypto';

// W3C Trace Context (https://www.w3.org/TR/trace-context/): version-traceid-parentid-flags.
const pattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: string;
}

export function parseTraceParent(header: string | undefined): TraceParent | undefined {
  const match = header ? pattern.exec(header.trim()) : null;
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return undefined;
  return { traceId: match[1], spanId: match[2], flags: match[3] };
}

/** A new span in the same trace as `parent`, or the root of a new trace. */
export function childTraceParent(parent?: string): string {
  const traceId = parseTraceParent(parent)?.traceId ?? randomBytes(16).toString('hex');
  return `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
}
