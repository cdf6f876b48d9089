// A Map-backed localStorage for the unit tests of the learner-data store and what reads it. Subclasses
// override setItem() to act out a full or failing storage.
import type { StorageLike } from '../../src/lib/storage';

export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  /** A copy of everything stored, to compare before and after. */
  snapshot(): Map<string, string> {
    return new Map(this.items);
  }
}
