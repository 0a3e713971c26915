/**
 * Type-level proof that the in-memory classes match @types/google-apps-script: a class declares
 * `implements Conform<GasInterface, 'methodA' | 'methodB', Pairs>` and the checker verifies each
 * method accepts every argument the real one accepts and returns what the real one returns —
 * except that Apps Script interfaces in the signature are swapped for their in-memory classes,
 * listed in `Pairs` as `[GasType, MemoryType]` tuples. Parameters accept both.
 * For overloaded methods the checker sees the last overload only.
 */

type IsAny<T> = 0 extends 1 & T ? true : false;

type SwapOne<R, P> = P extends readonly [infer G, infer M] ? ([R] extends [G] ? M : never) : never;

type SwapMember<R, P> = R extends unknown
  ? [SwapOne<R, P>] extends [never]
    ? R
    : SwapOne<R, P>
  : never;

export type Out<R, P> =
  IsAny<R> extends true ? R : R extends Array<infer E> ? Array<Out<E, P>> : SwapMember<R, P>;

export type In<A, P> =
  IsAny<A> extends true
    ? A
    : A extends Array<infer E>
      ? Array<In<E, P>>
      : A extends unknown
        ? A | SwapMember<A, P>
        : never;

type InArgs<A, P> = { [I in keyof A]: In<A[I], P> };

export type Conform<T, K extends keyof T, P> = {
  [Key in K]: T[Key] extends (...args: infer A) => infer R
    ? (...args: InArgs<A, P>) => Out<R, P>
    : T[Key];
};
