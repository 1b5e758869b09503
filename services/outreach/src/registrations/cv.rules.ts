/** Largest CV accepted, bytes. */
export const CV_MAX_BYTES = 5 * 1024 * 1024;

/** Judged by content, not by the declared type (libs/service-defaults). */
export { isPdf } from '@ikiraro/service-defaults';
