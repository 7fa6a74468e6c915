// "Now" is an input (DESIGN.md, Time). Everything that needs the time takes a Clock; this file
// is the only place the app reads the real one (an eslint rule refuses `new Date()` and
// `Date.now()` everywhere else, tests included).

export type Clock = () => Date;

/** The computer's clock: main passes it down at start-up; the renderer reads it through lib/clock. */
export const systemClock: Clock = () => new Date();
