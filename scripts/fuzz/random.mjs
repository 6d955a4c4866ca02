// A small seeded generator, so any fuzz case can be produced again from its seed alone.

/** mulberry32: 32 bits of state, fast, and good enough to pick shapes and bytes. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** A whole number in [min, max]. */
    integer(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(values) {
      return values[Math.floor(next() * values.length)];
    },
    chance(probability) {
      return next() < probability;
    },
    /** A size between 1 and `max`, log-uniform: most are small, a few reach `max`. */
    size(max) {
      return Math.max(1, Math.floor(Math.exp(next() * Math.log(max))));
    },
  };
}

/** The seed of case `index` of a run seeded with `seed`: cases are independent, so one can be rerun alone. */
export function caseSeed(seed, index) {
  let value = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b) >>> 0;
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}
