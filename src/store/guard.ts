/**
 * Wraps every async method of a store class so a backend's driver failures reach callers as
 * DyadErrors (`translate`: the backend's own mapping, e.g. sqliteFailure or pgFailure). One
 * place instead of a try/catch in each method, so a new method cannot forget it.
 * @example guardStore(SqliteStore.prototype, (s: SqliteStore) => s.location, sqliteFailure)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any store class's instance
export function guardStore(proto: object, locationOf: (self: any) => string, translate: (err: unknown, location: string) => unknown): void {
  for (const name of Object.getOwnPropertyNames(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, name)!;
    if (name === 'constructor' || typeof desc.value !== 'function' || desc.value.constructor.name !== 'AsyncFunction') continue;
    const method = desc.value as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(proto, name, {
      ...desc,
      value: async function (this: unknown, ...args: unknown[]) {
        try {
          return await method.apply(this, args);
        } catch (err) {
          throw translate(err, locationOf(this));
        }
      },
    });
  }
}
