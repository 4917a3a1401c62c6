/**
 * A prepared statement built on first use and kept by its repository. Names must be unique per SQL text:
 * node-postgres prepares a name once per connection and reuses it.
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}
