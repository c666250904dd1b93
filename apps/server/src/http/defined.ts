/** `T` without keys whose value is `undefined` (what `exactOptionalPropertyTypes` APIs expect). */
export type Defined<T> = { [Key in keyof T]?: Exclude<T[Key], undefined> };

/** Copies `value` without its `undefined` properties, so optional fields are absent, not `undefined`. */
export function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Defined<T>;
}
