import fc from 'fast-check';

/**
 * Inputs for a contract schema that look right often enough to get past the outer checks and reach
 * the inner ones (and the services): built by walking the zod schema's definition — its keys,
 * enumerations, literals, arrays, unions — with strings that are plausible dates, times and texts;
 * any value may be swapped for a hostile one (impossible dates, huge or negative numbers, prototype
 * keys, wrong types). Test code only.
 */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: Schema;
  valueType?: Schema;
  in?: Schema;
  out?: Schema;
  items?: Schema[];
}
interface Schema {
  _zod: { def: Def };
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2026-13-01', '2026-02-30', '0000-00-00', '9999-99-99', 'T25:61', '25:61', '24:00', '1900-01-01', '2999-12-31', '2026-11-23T24:00', '2026-11-23T25:61', ''),
  fc.constantFrom(' ', '%ff', '\u0000', '__proto__', 'constructor', '<script>', '\u202e', 'x'.repeat(5000)),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 100_000 }),
  fc.integer({ max: 0 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -0, 1.5, Number.NaN, Infinity, -Infinity),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown),
);

const plausibleString = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('2026-11-23', '2026-11-30', '2027-01-04', '2026-11-23T09:30', '2026-11-23T14:00', '09:30', '17:45', '2026-11', 'de', 'ar', 'Rheine', 'A.K.', '') },
  // Dates and times that look right but are not: what reached date-fns before (issue 10, finding 4).
  { weight: 2, arbitrary: fc.constantFrom('2026-13-01', '2026-02-30', '0000-00-00', '9999-99-99', '1900-01-01', '2999-12-31', '2026-11-23T25:61', 'T25:61', '24:00', '2026-00') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const plausibleNumber = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 600 }), fc.constant(1));

export function arbitraryFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const valid = plausible(schema, depth);
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

function plausible(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const inner = (s: Schema | undefined) => (s && depth < 6 ? arbitraryFor(s, depth + 1) : hostileValue);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.keys(shape).map((k) => [k, inner(shape[k])]));
      return fc.record(fields, { requiredKeys: Object.keys(shape).filter(() => true) });
    }
    case 'string':
      return plausibleString;
    case 'number':
    case 'int':
      return plausibleNumber;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'literal':
      return fc.constantFrom(...((def.values ?? [null]) as unknown[]));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(inner));
    case 'optional':
      return fc.oneof(inner(def.innerType), fc.constant(undefined));
    case 'nullable':
      return fc.oneof(inner(def.innerType), fc.constant(null));
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'union':
      return fc.oneof(...(def.options ?? []).map(inner));
    case 'pipe':
      return inner(def.in);
    case 'record':
      return fc.dictionary(fc.oneof(fc.constantFrom('de', 'en', 'ar', '1', '2'), fc.string({ maxLength: 4 })), inner(def.valueType), { maxKeys: 3 });
    default:
      return hostileValue;
  }
}
