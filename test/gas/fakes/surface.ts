/**
 * Ties each fake to the real Apps Script interface it stands for: `implements FakeOf<Real, …>`
 * checks each method's parameters against the real one, and `OnlyReal` fails to compile when a
 * fake grows a public member the real API does not have.
 */

// biome-ignore lint/suspicious/noExplicitAny: matching any real method signature
type AnyFunction = (...args: any[]) => unknown;

export type FakeOf<Real, Checked extends keyof Real, Overloaded extends keyof Real = never> = {
  [P in Checked]: Real[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
} & { [P in Overloaded]: AnyFunction };

/** `true` only when every public member of Fake is a member of Real. */
export type OnlyReal<Fake, Real> =
  Exclude<keyof Fake, keyof Real> extends never
    ? true
    : { readonly notInRealApi: Exclude<keyof Fake, keyof Real> };

/** `type _ = Assert<OnlyReal<Fake, Real>>` compiles only when OnlyReal is `true`. */
export type Assert<T extends true> = T;
