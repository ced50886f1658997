// Copies of the records a store hands out and takes in, so that a caller changing its object
// changes nothing stored until its put's write has succeeded. Records are JSON data (they are
// journal lines): plain objects, arrays and primitives. Handwritten rather than structuredClone
// (which serializes and deserializes) or rfdc (which also handles Dates, Maps and Buffers no
// record holds): `npm run bench:copies` measures 0.05-0.17 of structuredClone's time on the
// server's records, and rfdc took about twice this copy's time in the same comparison.

/** A deep copy of JSON data (plain objects, arrays, primitives). */
export function copyRecord<T>(value: T): T {
  return copyValue(value) as T;
}

function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = copyValue(value[i]);
    return copy;
  }
  const copy: Record<string, unknown> = {};
  // for...in: records are plain objects (JSON, literals), whose keys are all their own; faster than Object.keys here.
  for (const key in value) {
    const field = copyValue((value as Record<string, unknown>)[key]);
    // A key "__proto__" (JSON.parse makes it an own property) stays data, never the copy's prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true, configurable: true });
    else copy[key] = field;
  }
  return copy;
}

/** Freezes JSON data all the way down: an event, once numbered, never changes, so readers may share it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const field of Object.values(value)) deepFreeze(field);
  return Object.freeze(value);
}
