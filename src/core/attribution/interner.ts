/**
 * Names → small integer ids, in first-seen order. A million touches or path steps then cost a
 * million integers rather than a million strings in every later step.
 */
export class Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }
}
