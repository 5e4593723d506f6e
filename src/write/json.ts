import type { OutputRecord } from '../schema/record.js';
import type { ByteSink } from './byte-sink.js';

/** Arrays this long are written a chunk of elements at a time (a dump glued into one document has hundreds of thousands of mentions). */
const STREAMED_ARRAY_FROM = 2_000;

/** A record as `JSON.stringify(record)` writes it, byte for byte (see recordJsonPieces). */
export function writeRecordJson(sink: ByteSink, record: OutputRecord): void {
  for (const piece of recordJsonPieces(record)) sink.write(piece);
}

/**
 * A record's JSON, `JSON.stringify(record)` byte for byte, in pieces. A record with a very long
 * array comes a piece at a time: one string of tens of megabytes would be built as a chain of
 * parts, flattened by a copy and only then encoded, which took longer than extracting its mentions.
 */
export function* recordJsonPieces(record: OutputRecord): Generator<string> {
  if (!isLongRecord(record)) {
    yield JSON.stringify(record);
    return;
  }
  let separator = '{';
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    yield `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (Array.isArray(value) && value.length >= STREAMED_ARRAY_FROM) yield* arrayPieces(value);
    else yield JSON.stringify(value);
  }
  yield '}';
}

function* arrayPieces(items: readonly unknown[]): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i += ARRAY_CHUNK) {
    // A chunk is stringified as an array (elements with no JSON form become null, as in the whole),
    // and given without its brackets. The comma goes apart: joined, the two would be copied once
    // more into a new string before encoding.
    const json = JSON.stringify(items.slice(i, i + ARRAY_CHUNK));
    if (i > 0) yield ',';
    yield json.slice(1, -1);
  }
  yield ']';
}

/** Elements per piece: a few tens of kilobytes of text, small enough to stay in the young generation and in cache. */
const ARRAY_CHUNK = 256;

/** A record with an array long enough to be written in pieces. */
export const isLongRecord = (record: OutputRecord): boolean => 'mentions' in record && (record.mentions.length >= STREAMED_ARRAY_FROM || record.officials.length >= STREAMED_ARRAY_FROM);
