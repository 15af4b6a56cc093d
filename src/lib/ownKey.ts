/**
 * A constant table's entry for a key read from a file or a link. `table[key]` finds what every
 * object inherits: a market named "Constructor" (id `constructor`) got Object's constructor as its
 * member list, and was refused.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined
